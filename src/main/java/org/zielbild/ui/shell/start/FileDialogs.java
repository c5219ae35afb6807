package org.zielbild.ui.shell.start;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.zielbild.ui.common.I18n;

/** The OS file pickers the start screen uses; tests put their own answers in. */
public interface FileDialogs {

    Optional<Path> chooseFolder(Window owner, String title);

    Optional<Path> chooseExportFile(Window owner, String title, String suggestedName);

    Optional<Path> chooseImportFile(Window owner, String title);

    /** The JavaFX choosers, with a filter for session files. */
    static FileDialogs system(I18n i18n) {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseFolder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseExportFile(Window owner, String title, String suggestedName) {
                FileChooser chooser = chooser(title);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseImportFile(Window owner, String title) {
                return Optional.ofNullable(chooser(title).showOpenDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(i18n.t("start.fileType"), "*.zielbild.json", "*.json"),
                        new FileChooser.ExtensionFilter(i18n.t("import.allFiles"), "*"));
                return chooser;
            }
        };
    }
}
