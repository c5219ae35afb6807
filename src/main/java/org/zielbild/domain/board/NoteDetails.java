package org.zielbild.domain.board;

import java.util.Objects;
import org.zielbild.domain.roster.TeamColor;

/** Who a note is from and how it looks: team (null for none), author ("" for none), colour (null = team's). */
public record NoteDetails(String noteId, String teamId, String author, TeamColor color) {

    public NoteDetails {
        Objects.requireNonNull(noteId, "noteId");
        author = author == null ? "" : author;
    }
}
