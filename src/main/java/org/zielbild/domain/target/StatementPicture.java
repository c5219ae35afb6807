package org.zielbild.domain.target;

import java.util.Objects;

/**
 * A picture on a statement: a file the session keeps among its attachments.
 *
 * @param attachment the session attachment's reference (the store resolves it to the copied file)
 * @param fileName   the name the file had when it was picked, to show
 */
public record StatementPicture(String attachment, String fileName) {

    public StatementPicture {
        Objects.requireNonNull(attachment, "attachment");
        fileName = fileName == null ? "" : fileName;
    }
}
