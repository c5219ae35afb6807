package org.zielbild.ui.common.imports;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zielbild.csv.DecodedText;
import org.zielbild.csv.TextEncoding;
import org.zielbild.csv.TextFile;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.I18n;

/**
 * The import preview's encoding choice for a file (issue 17, case 9): preset by the detection, with
 * how it was found, the columns and line ends, and how many characters do not fit the chosen
 * encoding; choosing another one reads the same bytes again and hands the text on.
 */
final class EncodingChoice {

    private final I18n i18n;
    private final TextFile file;
    private final ComboBox<TextEncoding> encodings = new ComboBox<>();
    private final Label how = new Label();
    private final Label format = new Label();
    private final Label unreadable = new Label();
    private final VBox root;

    EncodingChoice(I18n i18n, TextFile file, Consumer<String> text) {
        this.i18n = i18n;
        this.file = file;
        encodings.setId("importEncoding");
        encodings.getItems().setAll(TextEncoding.values());
        encodings.setCellFactory(list -> new Named());
        encodings.setButtonCell(new Named());
        encodings.getSelectionModel().select(file.detected().encoding());
        Label label = new Label(i18n.t("import.file.encoding"));
        label.setMnemonicParsing(true);
        label.setLabelFor(encodings);
        how.setId("importEncodingHow");
        format.setId("importFormat");
        unreadable.setId("importUnreadable");
        for (Label l : new Label[] {how, format, unreadable}) {
            l.setWrapText(true);
            l.getStyleClass().add(Styles.TEXT_SMALL);
        }
        unreadable.getStyleClass().add(Styles.WARNING);
        HBox row = new HBox(8, label, encodings);
        row.setAlignment(Pos.BASELINE_LEFT);
        root = new VBox(4, row, how, format, unreadable);
        encodings.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                DecodedText read = file.as(now);
                show(read);
                text.accept(read.text());
            }
        });
        show(file.detected());
    }

    VBox root() {
        return root;
    }

    private void show(DecodedText read) {
        DecodedText detected = file.detected();
        how.setText(read.encoding() != detected.encoding()
                ? i18n.text(Message.of("import.file.chosen", name(detected.encoding())))
                : i18n.t(detected.byteOrderMark() ? "import.file.detectedMark" : "import.file.detectedGuess"));
        String delimiter = switch (read.delimiter()) {
            case '\t' -> "import.file.delimiter.tab";
            case ';' -> "import.file.delimiter.semicolon";
            default -> "import.file.delimiter.comma";
        };
        format.setText(i18n.text(Message.of("import.file.format", Message.of(delimiter),
                Message.of(read.lineEnds().labelKey()))));
        unreadable.setText(read.unreadable() == 0 ? ""
                : i18n.text(Message.of("import.file.unreadable", read.unreadable(), name(read.encoding()))));
        unreadable.setVisible(read.unreadable() > 0);
        unreadable.setManaged(read.unreadable() > 0);
    }

    private String name(TextEncoding e) {
        return i18n.t(e.labelKey());
    }

    /** An encoding by its name in the UI language. */
    private final class Named extends ListCell<TextEncoding> {
        @Override
        protected void updateItem(TextEncoding item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name(item));
        }
    }
}
