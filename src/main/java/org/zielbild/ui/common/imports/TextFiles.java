package org.zielbild.ui.common.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zielbild.csv.ImportProblem;
import org.zielbild.csv.SpreadsheetText;
import org.zielbild.csv.TextFile;
import org.zielbild.csv.UnreadableText;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.I18n;

/**
 * Lets the user pick a small text file and reads it as {@link TextFile} does: the import preview
 * ({@link ImportDialog}) then offers its encoding to correct; a refused file is said with its name
 * and the true reason (empty, binary, a pipe, too large, ...).
 */
public final class TextFiles {

    public static final long MAX_BYTES = SpreadsheetText.MAX_BYTES;

    private TextFiles() {
    }

    /**
     * Lets the user pick a CSV or text file and reads it. Empty when the user cancels or the file
     * is refused; then {@code unreadable} is told why.
     */
    public static Optional<TextFile> chooseAndRead(Window owner, I18n i18n, String titleKey,
                                                   Consumer<ImportProblem> unreadable) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("import.csvFiles"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(i18n.t("import.allFiles"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? Optional.empty() : readOrReport(file.toPath(), unreadable);
    }

    /** Reads the file; when it is refused, {@code unreadable} is told why and the result is empty. */
    public static Optional<TextFile> readOrReport(Path file, Consumer<ImportProblem> unreadable) {
        try {
            return Optional.of(TextFile.read(file));
        } catch (UnreadableText e) {
            Path name = file.getFileName();
            unreadable.accept(new ImportProblem(0, Message.of("import.fileRefused",
                    name == null ? file.toString() : name.toString(), e.reason())));
            return Optional.empty();
        }
    }
}
