package org.zielbild.domain.target;

/**
 * What a round rates: one statement, with its wording when the round started (the history keeps
 * every wording that was voted on), or the picture as a whole.
 *
 * @param statementId the statement; null for the picture as a whole
 * @param wording     the statement's text when the round started; "" for the picture as a whole
 * @param hands       the typed counts in a show-of-hands round; {@link HandCounts#NONE} otherwise
 */
public record RoundItem(String statementId, String wording, HandCounts hands) {

    public RoundItem {
        wording = wording == null ? "" : wording;
        hands = hands == null ? HandCounts.NONE : hands;
    }

    /** A statement as it reads now. */
    public static RoundItem of(Statement s) {
        return new RoundItem(s.id(), s.text(), HandCounts.NONE);
    }

    /** The picture as a whole. */
    public static RoundItem wholePicture() {
        return new RoundItem(null, "", HandCounts.NONE);
    }

    public boolean isWholePicture() {
        return statementId == null;
    }

    RoundItem withHands(HandCounts newHands) {
        return new RoundItem(statementId, wording, newHands);
    }
}
