package org.zielbild.ui.common.imports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zielbild.csv.ImportProblem;
import org.zielbild.csv.SpreadsheetText;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.I18n;

/** Lets the user pick a small text file and reads it as {@link SpreadsheetText} does. */
public final class TextFiles {

    public static final long MAX_BYTES = SpreadsheetText.MAX_BYTES;

    private TextFiles() {
    }

    public static String read(Path file) throws IOException {
        return SpreadsheetText.read(file);
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
