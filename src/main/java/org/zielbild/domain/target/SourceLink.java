package org.zielbild.domain.target;

import java.util.Objects;

/**
 * Where a statement came from: a note or a cluster of an earlier board. The link keeps a copy of
 * what the source said when it was made (text, board title, dot total if the vote was revealed), so
 * a note deleted later still reads as "removed note: …" here; the board slice never writes into
 * this one.
 *
 * @param kind       a note or a cluster
 * @param sourceId   the note's or cluster's id
 * @param boardTitle the board's title when the link was made
 * @param text       the note's text or the cluster's name when the link was made
 * @param dots       the dot total when the link was made, null when that board's vote was not revealed
 */
public record SourceLink(String id, Kind kind, String sourceId, String boardId, String boardTitle, String text,
                         Integer dots) {

    public static final int MAX_TEXT = 600;

    /** What a statement can be made from. */
    public enum Kind {
        NOTE,
        CLUSTER
    }

    public SourceLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        boardId = boardId == null ? "" : boardId;
        boardTitle = boardTitle == null ? "" : boardTitle;
        text = text == null ? "" : text;
    }
}
