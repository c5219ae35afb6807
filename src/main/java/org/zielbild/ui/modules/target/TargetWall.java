package org.zielbild.ui.modules.target;

import java.util.List;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.Criterion;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.Threshold;

/**
 * Everything the wall may show of the target picture, as one value: the poster's cards, a running
 * round's progress (never an answer, never a name), or a revealed round's results. What it does not
 * hold, the projection cannot show.
 *
 * @param state    which of the three the wall shows
 * @param cards    the statements as poster cards, in poster order
 * @param progress the open round's progress; null unless {@code state} is {@link State#ROUND}
 * @param results  the revealed round's results; empty unless {@code state} is {@link State#RESULTS}
 */
public record TargetWall(State state, List<Card> cards, Progress progress, List<Result> results) {

    /** What the wall shows. */
    public enum State {
        POSTER,
        ROUND,
        RESULTS
    }

    /** A statement on the poster; {@code pictureUrl} null when it has none (or the file is missing). */
    public record Card(String statementId, String text, String horizon, TeamColor color, String pictureUrl) {
    }

    /**
     * A running round: what is rated, how it counts, how many have answered.
     *
     * @param wordings the rated statements' wordings; "" for the picture as a whole
     * @param focus    the item the facilitator counts now (show of hands), -1 for none
     * @param answered ballots cast (private ballots) or items with every count typed (show of hands)
     */
    public record Progress(RatingMode mode, CountingBase base, Threshold threshold, int present, List<String> wordings,
                           int focus, int answered) {

        public Progress {
            wordings = List.copyOf(wordings);
        }
    }

    /** One rated item after the reveal: the counted answers to both questions and the verdict. */
    public record Result(String wording, boolean wholePicture, Criterion benefit, Criterion attractive, boolean carries,
                         CountingBase base, Threshold threshold) {
    }

    public TargetWall {
        cards = List.copyOf(cards);
        results = List.copyOf(results);
    }

    /** An empty poster. */
    public static final TargetWall EMPTY = new TargetWall(State.POSTER, List.of(), null, List.of());
}
