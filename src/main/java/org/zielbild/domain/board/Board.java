package org.zielbild.domain.board;

import java.util.List;
import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;

/**
 * A sticky-note board of a stage: one per prompt (a guiding question), or one with several
 * areas (e.g. pains and gains). Notes and clusters refer to it by id.
 *
 * @param prompt which of the stage's prompts it belongs to (0 when the board has several areas)
 * @param title  what the board is about, in the session's language (the prompt when it was made)
 * @param areas  names of the board's areas; empty for a board with one unnamed area
 * @param hidden private writing: the projector shows only how many notes each team wrote
 * @param vote   the dot vote on this board, null when there is none
 */
public record Board(String id, String stageId, int prompt, String title, List<String> areas, boolean hidden,
                    DotVote vote) {

    public static final int MAX_TITLE = 300;

    public Board {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stageId, "stageId");
        title = title == null ? "" : title;
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** A fresh board: visible, no vote. */
    public static Board of(String id, String stageId, int prompt, String title, List<String> areas) {
        return new Board(id, stageId, prompt, title, areas, false, null);
    }

    /** At least one: a board without named areas has one. */
    public int areaCount() {
        return Math.max(1, areas.size());
    }

    Board withHidden(boolean newHidden) {
        return new Board(id, stageId, prompt, title, areas, newHidden, vote);
    }

    Board withVote(DotVote newVote) {
        return new Board(id, stageId, prompt, title, areas, hidden, newVote);
    }

    /** The vote, or a domain error when there is none. */
    public DotVote requireVote() {
        if (vote == null) {
            throw DomainException.of("error.vote.none");
        }
        return vote;
    }

    Board validated() {
        String t = Texts.multiLine(title);
        if (Texts.length(t) > MAX_TITLE) {
            throw DomainException.of("error.textTooLong", MAX_TITLE, Texts.length(t));
        }
        List<String> a = areas.stream().map(Texts::singleLine).toList();
        if (a.stream().anyMatch(String::isEmpty)) {
            throw DomainException.of("error.board.areaEmpty");
        }
        if (vote != null) {
            vote.validated();
        }
        return new Board(id, stageId, prompt, t, a, hidden, vote);
    }
}
