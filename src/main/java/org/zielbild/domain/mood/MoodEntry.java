package org.zielbild.domain.mood;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;

/**
 * One person's mood: a score from 1 (bad) to 5 (good), up to three emotion words (from the list
 * or their own) and an optional sentence.
 *
 * @param id            random; in an anonymous round the only thing that tells entries apart
 * @param participantId who it is from; always null in an anonymous round
 */
public record MoodEntry(String id, String participantId, int score, List<Emotion> emotions, List<String> ownWords,
                        String sentence) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_WORDS = 3;
    public static final int MAX_OWN_WORD = 40;
    public static final int MAX_SENTENCE = 200;

    public MoodEntry {
        Objects.requireNonNull(id, "id");
        emotions = emotions == null ? List.of() : List.copyOf(emotions);
        ownWords = ownWords == null ? List.of() : List.copyOf(ownWords);
        sentence = sentence == null ? "" : sentence;
    }

    /** Cleans the texts and checks the limits. */
    MoodEntry validated() {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw DomainException.of("error.mood.score", MIN_SCORE, MAX_SCORE);
        }
        if (new HashSet<>(emotions).size() != emotions.size()) {
            throw DomainException.of("error.mood.wordTwice");
        }
        List<String> own = ownWords.stream().map(Texts::singleLine).filter(w -> !w.isEmpty()).toList();
        Set<String> keys = new HashSet<>();
        for (String w : own) {
            if (Texts.length(w) > MAX_OWN_WORD) {
                throw DomainException.of("error.textTooLong", MAX_OWN_WORD, Texts.length(w));
            }
            if (!keys.add(Texts.identityKey(w))) {
                throw DomainException.of("error.mood.wordTwice");
            }
        }
        if (emotions.size() + own.size() > MAX_WORDS) {
            throw DomainException.of("error.mood.tooManyWords", MAX_WORDS);
        }
        String s = Texts.singleLine(sentence);
        if (Texts.length(s) > MAX_SENTENCE) {
            throw DomainException.of("error.textTooLong", MAX_SENTENCE, Texts.length(s));
        }
        return new MoodEntry(id, participantId, score, emotions, own, s);
    }
}
