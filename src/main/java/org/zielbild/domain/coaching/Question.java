package org.zielbild.domain.coaching;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;

/**
 * A question for a coach in the question round, in the order asked.
 *
 * @param askedBy who asked, as typed (a participant's name or anyone's); "" when not noted
 * @param number  the order asked (1, 2, 3 …): the queue's order even when the clock shows the same time twice
 */
public record Question(String id, String coachId, String text, String askedBy, boolean answered, Instant askedAt,
                       int number) {

    public static final int MAX_TEXT = 300;
    public static final int MAX_ASKED_BY = 80;
    static final Comparator<Question> ORDER = Comparator.comparingInt(Question::number).thenComparing(Question::id);

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(coachId, "coachId");
        text = text == null ? "" : text;
        askedBy = askedBy == null ? "" : askedBy;
    }

    Question withAnswered(boolean newAnswered) {
        return new Question(id, coachId, text, askedBy, newAnswered, askedAt, number);
    }

    Question validated() {
        String clean = Texts.singleLine(text);
        if (clean.isEmpty()) {
            throw DomainException.of("error.coaching.questionEmpty");
        }
        if (Texts.length(clean) > MAX_TEXT) {
            throw DomainException.of("error.textTooLong", MAX_TEXT, Texts.length(clean));
        }
        String who = Texts.singleLine(askedBy);
        if (Texts.length(who) > MAX_ASKED_BY) {
            throw DomainException.of("error.textTooLong", MAX_ASKED_BY, Texts.length(who));
        }
        return new Question(id, coachId, clean, who, answered, askedAt, number);
    }
}
