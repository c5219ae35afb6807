package org.zielbild.domain.mood;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zielbild.domain.Texts;

/**
 * What a mood round adds up to: how many gave each score, the mean, and the most common words.
 * Nothing in it can tell entries apart, let alone people.
 *
 * @param counts counts[s - 1] is how many gave score s
 */
public record MoodStats(int[] counts, int total, double mean, List<Word> words) {

    /** An emotion word (from the list: {@code emotion} set) or an own word ({@code text} set), and how often. */
    public record Word(Emotion emotion, String text, int count) {
    }

    public static final MoodStats EMPTY = new MoodStats(new int[MoodEntry.MAX_SCORE], 0, 0, List.of());

    public static MoodStats of(MoodRound round) {
        if (round == null) {
            return EMPTY;
        }
        int[] counts = new int[MoodEntry.MAX_SCORE];
        int sum = 0;
        Map<Emotion, Integer> listed = new LinkedHashMap<>();
        Map<String, Integer> own = new LinkedHashMap<>();
        Map<String, String> ownText = new HashMap<>();
        for (MoodEntry e : round.entries()) {
            counts[e.score() - 1]++;
            sum += e.score();
            e.emotions().forEach(w -> listed.merge(w, 1, Integer::sum));
            for (String w : e.ownWords()) {
                String key = Texts.identityKey(w);
                own.merge(key, 1, Integer::sum);
                ownText.putIfAbsent(key, w);
            }
        }
        List<Word> words = new ArrayList<>();
        listed.forEach((w, n) -> words.add(new Word(w, null, n)));
        own.forEach((k, n) -> words.add(new Word(null, ownText.get(k), n)));
        // Most common first; ties in a fixed order (list words in list order, then own words alphabetically).
        words.sort(Comparator.comparingInt((Word w) -> -w.count())
                .thenComparing(w -> w.emotion() == null ? Integer.MAX_VALUE : w.emotion().ordinal())
                .thenComparing(w -> w.text() == null ? "" : w.text()));
        int total = round.entries().size();
        return new MoodStats(counts, total, total == 0 ? 0 : (double) sum / total, List.copyOf(words));
    }

    public int max() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    public List<Word> top(int n) {
        return words.subList(0, Math.min(n, words.size()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MoodStats other && java.util.Arrays.equals(counts, other.counts) && total == other.total
                && Double.compare(mean, other.mean) == 0 && words.equals(other.words);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(counts) * 31 + words.hashCode();
    }

    @Override
    public String toString() {
        return "MoodStats" + java.util.Arrays.toString(counts) + " mean " + mean + " " + words;
    }
}
