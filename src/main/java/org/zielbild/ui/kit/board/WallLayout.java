package org.zielbild.ui.kit.board;

import java.util.List;
import org.zielbild.domain.board.Note;

/**
 * What the wall shows of a board and where, in design pixels of the projection's room: the result
 * of {@link WallNotesLayout} (every note as a card with its text) or {@link WallCardsLayout}
 * (clusters as cards with their top notes and "+ k more"). Pure data; {@link WallBoard} draws it.
 *
 * @param body       the body text size of the notes, px at 1080p
 * @param label      the size of secondary labels (team names), px
 * @param items      what to draw, in drawing order
 * @param shownNotes how many notes have their text on the wall
 * @param moreNotes  how many notes are counted in a visible "+ k more" instead
 */
record WallLayout(Mode mode, double body, double label, List<Item> items, int shownNotes, int moreNotes) {

    /** Sizes on the wall (decision 0102): body text as large as fits, never below the minimums. */
    static final double MAX_BODY = 44;
    static final double PREFERRED_BODY = 28;
    static final double MIN_BODY = 20;
    static final double MIN_LABEL = 20;
    static final double HEADING = 30;

    enum Mode {
        /** Every note as a card with its text. */
        NOTES,
        /** Clusters as cards (title, count, top notes, "+ k more"); the rest counted. */
        CARDS
    }

    enum Kind { HEADING, GROUP, NOTE, CARD, MORE }

    /**
     * One thing on the wall. For {@link Kind#NOTE} {@code notes} holds the note; for a
     * {@link Kind#CARD} its shown notes; {@code more} is the count behind its "+ k more" line.
     *
     * @param title a heading's or group's or card's title; a note's team name (may be empty)
     * @param count a card's count line ("10 notes"), else empty
     */
    record Item(Kind kind, double x, double y, double w, double h, String title, String count, List<Note> notes,
                int more) {
    }

    /** The secondary label size that goes with a body size. */
    static double labelFor(double body) {
        return Math.max(MIN_LABEL, Math.round(body * 0.72));
    }
}
