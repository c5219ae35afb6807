package org.zielbild.domain.mandate;

import java.util.Objects;
import org.zielbild.domain.target.TargetPicture;

/**
 * A mandate serves a target statement. The link keeps a copy of the statement's text taken when it
 * was made, so a statement removed later still reads as "removed statement: …"; while the statement
 * exists its current text is shown.
 */
public record StatementLink(String statementId, String text) {

    public StatementLink {
        Objects.requireNonNull(statementId, "statementId");
        text = text == null ? "" : text;
    }

    /** A link to a statement of the picture, with a copy of its text now. */
    public static StatementLink to(TargetPicture picture, String statementId) {
        return new StatementLink(statementId, picture.requireStatement(statementId).text());
    }

    /** The statement was removed from the picture after the link was made. */
    public boolean removedFrom(TargetPicture picture) {
        return picture.statement(statementId).isEmpty();
    }

    /** The statement's text now, or the copy when it is gone. */
    public String textIn(TargetPicture picture) {
        return picture.statement(statementId).map(s -> s.text()).orElse(text);
    }
}
