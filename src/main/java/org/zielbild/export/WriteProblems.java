package org.zielbild.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.zielbild.domain.Message;

/** Why a minutes file could not be written, in words a lead can act on. */
final class WriteProblems {

    private WriteProblems() {
    }

    static ExportException of(IOException e, Path target) {
        String where = target.toString();
        String text = reasons(e);
        Message why;
        if (text.contains("no space") || text.contains("disk full") || text.contains("not enough space")
                || text.contains("quota")) {
            why = Message.of("export.error.diskFull");
        } else if (text.contains("read-only") || text.contains("read only")) {
            why = Message.of("export.error.readOnly");
        } else if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            why = Message.of("export.error.denied");
        } else if (e instanceof NoSuchFileException) {
            why = Message.of("export.error.noFolder");
        } else if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            why = Message.of("export.error.notFolder");
        } else {
            why = Message.of("export.error.other", String.valueOf(e.getMessage()));
        }
        return new ExportException(Message.of("export.error.write", where, why), e);
    }

    private static String reasons(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getReason() != null) {
                all.append(f.getReason()).append(' ');
            }
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append(' ');
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
