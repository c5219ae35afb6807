package org.zielbild.ui.kit.board;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.zielbild.domain.Texts;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.Choices;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.WritingPlace;
import org.zielbild.ui.common.TeamColors;

/**
 * Where notes are typed: Enter adds the note and keeps the focus, Shift+Enter starts a new line.
 * Team (with its colour), an own colour, the author and the area are kept between notes, so a
 * team can type twenty notes in a row without touching the mouse.
 */
public final class CaptureBar {

    private final BoardViewModel vm;
    private final NoteCapture capture;
    private final I18n i18n;
    private final VBox root = new VBox(6);
    private final TextArea text = new TextArea();

    public CaptureBar(BoardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.capture = vm.capture();
        this.i18n = i18n;
        build();
    }

    public VBox root() {
        return root;
    }

    public void focus() {
        text.requestFocus();
    }

    private void build() {
        root.getStyleClass().add("capture-bar");
        text.setId("captureText");
        // The key rule (0101): typing on the board's stage outside a text field begins a note here.
        WritingPlace.mark(text);
        text.setPromptText(i18n.t("board.capture.prompt"));
        text.setPrefRowCount(2);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(capture.textProperty());
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER) {
                return;
            }
            if (e.isShiftDown()) {
                text.replaceSelection("\n");
            } else {
                capture.add();
            }
            e.consume();
        });
        HBox.setHgrow(text, Priority.ALWAYS);

        Button add = new Button(i18n.t("board.capture.add"), new FontIcon(MaterialDesignN.NOTE_PLUS_OUTLINE));
        add.setId("captureAdd");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> {
            capture.add();
            text.requestFocus();
        });
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> capture.textProperty().get().isBlank(),
                capture.textProperty()));
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label count = new Label();
        count.setId("captureCount");
        count.getStyleClass().add(Styles.TEXT_SMALL);
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("board.capture.count",
                Texts.length(capture.textProperty().get()), Note.MAX_TEXT), capture.textProperty()));
        capture.textProperty().addListener((obs, o, n) -> count.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("over"), Texts.length(n) > Note.MAX_TEXT));
        VBox addBox = new VBox(4, add, count);
        addBox.setAlignment(Pos.TOP_CENTER);
        HBox entry = new HBox(8, text, addBox);

        Label problem = new Label();
        problem.setId("captureProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> capture.problemProperty().get() == null ? ""
                : i18n.text(capture.problemProperty().get()), capture.problemProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        root.getChildren().addAll(presets(), entry, problem);
    }

    /** Area, team, colour and author; wraps where the board is narrow (beside the closing's actions). */
    private javafx.scene.layout.FlowPane presets() {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 6);
        row.setAlignment(Pos.CENTER_LEFT);
        List<String> areas = vm.snapshot().board().areas();
        if (areas.size() > 1) {
            ComboBox<Integer> area = new ComboBox<>();
            area.setId("captureArea");
            for (int i = 0; i < areas.size(); i++) {
                area.getItems().add(i);
            }
            area.setCellFactory(l -> textCell(i -> areas.get(i)));
            area.setButtonCell(textCell(i -> areas.get(i)));
            area.setValue(capture.areaProperty().get());
            area.valueProperty().addListener((obs, o, n) -> capture.areaProperty().set(n == null ? 0 : n));
            row.getChildren().addAll(new Label(i18n.t("board.capture.area")), area);
        }
        ComboBox<Team> team = new ComboBox<>(Choices.withNone(vm.teams()));
        team.setId("captureTeam");
        team.setCellFactory(l -> teamCell());
        team.setButtonCell(teamCell());
        team.valueProperty().bindBidirectional(capture.teamProperty());
        ComboBox<TeamColor> color = new ComboBox<>();
        color.setId("captureColor");
        color.getItems().add(null);
        color.getItems().addAll(TeamColor.values());
        color.setCellFactory(l -> colorCell());
        color.setButtonCell(colorCell());
        color.valueProperty().bindBidirectional(capture.colorProperty());
        TextField author = new TextField();
        author.setId("captureAuthor");
        author.setPromptText(i18n.t("board.capture.authorPrompt"));
        author.textProperty().bindBidirectional(capture.authorProperty());
        author.setPrefColumnCount(12);
        row.getChildren().addAll(new Label(i18n.t("board.capture.team")), team, new Label(i18n.t("board.capture.color")),
                color, author);
        return row;
    }

    private <T> ListCell<T> textCell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private ListCell<Team> teamCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Team t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : t == null ? i18n.t("board.noTeam") : t.name());
                setGraphic(empty || t == null ? null : TeamColors.swatch(t.color(), 12));
            }
        };
    }

    private ListCell<TeamColor> colorCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TeamColor c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty ? null : c == null ? i18n.t("board.teamColor") : i18n.t(c.nameKey()));
                setGraphic(empty || c == null ? null : TeamColors.swatch(c, 12));
            }
        };
    }
}
