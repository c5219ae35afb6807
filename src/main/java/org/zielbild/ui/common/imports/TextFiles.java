package org.zielbild.ui.common.imports;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.I18n;

/** Reads a small text file a user picked: UTF-8, or Windows-1252 as older spreadsheets write it. */
public final class TextFiles {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private TextFiles() {
    }

    public static String read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException("file too large: " + size + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * Lets the user pick a CSV or text file and reads it. Empty when the user cancels or the file
     * cannot be read; then {@code unreadable} is told why.
     */
    public static Optional<String> chooseAndRead(Window owner, I18n i18n, String titleKey, Consumer<ImportProblem> unreadable) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("import.csvFiles"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(i18n.t("import.allFiles"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? Optional.empty() : readOrReport(file.toPath(), unreadable);
    }

    /** Reads the file; when it cannot be read, {@code unreadable} is told why and the result is empty. */
    public static Optional<String> readOrReport(Path file, Consumer<ImportProblem> unreadable) {
        try {
            return Optional.of(read(file));
        } catch (IOException e) {
            unreadable.accept(new ImportProblem(0, Message.of("import.fileUnreadable",
                    String.valueOf(file.getFileName()), String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
    }
}
