package org.zielbild.domain.board;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;
import org.zielbild.domain.roster.TeamColor;

/**
 * A sticky note on a board.
 *
 * @param area      which area of the board it belongs to (index into {@link Board#areas()})
 * @param teamId    the team that wrote it; null for none (may name a team that was removed since)
 * @param author    who wrote it, "" when not given
 * @param x         left edge in board coordinates
 * @param y         top edge in board coordinates
 * @param color     its own colour; null means the team's colour (or the default note colour)
 * @param clusterId the cluster it belongs to; null for none
 * @param createdAt when it was written (set when the change is created)
 */
public record Note(String id, String boardId, int area, String text, String teamId, String author,
                   double x, double y, TeamColor color, String clusterId, Instant createdAt) {

    /** Longest note text, in code points; longer input is refused, never cut. */
    public static final int MAX_TEXT = 500;
    public static final int MAX_AUTHOR = 80;

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(boardId, "boardId");
        Objects.requireNonNull(text, "text");
        author = author == null ? "" : author;
    }

    Note withText(String newText) {
        return new Note(id, boardId, area, newText, teamId, author, x, y, color, clusterId, createdAt);
    }

    Note withPlacement(NotePlacement p) {
        return new Note(id, boardId, p.area(), text, teamId, author, p.x(), p.y(), color, p.clusterId(), createdAt);
    }

    Note withDetails(NoteDetails d) {
        return new Note(id, boardId, area, text, d.teamId(), d.author(), x, y, d.color(), clusterId, createdAt);
    }

    public NotePlacement placement() {
        return new NotePlacement(id, area, x, y, clusterId);
    }

    public NoteDetails details() {
        return new NoteDetails(id, teamId, author, color);
    }

    /** The note text as stored: line breaks kept, refused when empty or longer than {@link #MAX_TEXT}. */
    public static String cleanText(String raw) {
        String text = Texts.multiLine(raw);
        if (text.isEmpty()) {
            throw DomainException.of("error.note.empty");
        }
        int length = Texts.length(text);
        if (length > MAX_TEXT) {
            throw DomainException.of("error.note.tooLong", MAX_TEXT, length);
        }
        return text;
    }

    static String cleanAuthor(String raw) {
        String author = Texts.singleLine(raw);
        if (Texts.length(author) > MAX_AUTHOR) {
            throw DomainException.of("error.textTooLong", MAX_AUTHOR, Texts.length(author));
        }
        return author;
    }
}
