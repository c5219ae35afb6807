package org.zielbild.domain.mandate;

import java.util.Objects;
import org.zielbild.domain.target.TargetPicture;

/**
 * What an action serves: a target statement or a team's mandate. Keeps a copy of the statement's text
 * (or the team's name) taken when made, so it never dangles.
 */
public record ActionLink(Kind kind, String targetId, String text) {

    public static final int MAX_TEXT = 600;

    /** A statement of the target picture, or a team's mandate (its id is the team's). */
    public enum Kind {
        STATEMENT,
        MANDATE
    }

    public ActionLink {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetId, "targetId");
        text = text == null ? "" : text;
    }

    public static ActionLink toStatement(TargetPicture picture, String statementId) {
        return new ActionLink(Kind.STATEMENT, statementId, picture.requireStatement(statementId).text());
    }

    public static ActionLink toMandate(String teamId, String teamName) {
        return new ActionLink(Kind.MANDATE, teamId, teamName);
    }
}
