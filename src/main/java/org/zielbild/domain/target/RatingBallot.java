package org.zielbild.domain.target;

import java.util.List;
import java.util.Objects;

/**
 * One person's private ballot: an answer pair per item of the round, in the round's item order.
 *
 * @param id            random; in an anonymous round the only thing that tells ballots apart
 * @param participantId who cast it; always null in an anonymous round
 */
public record RatingBallot(String id, String participantId, List<BallotAnswer> answers) {

    public RatingBallot {
        Objects.requireNonNull(id, "id");
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
