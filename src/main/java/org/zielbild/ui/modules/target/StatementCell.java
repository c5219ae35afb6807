package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.domain.target.Standing;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.domain.target.TargetPicture;
import org.zielbild.domain.target.VividnessHint;
import org.zielbild.domain.target.VividnessHints;
import org.zielbild.ui.common.I18n;

/**
 * One statement in the facilitator's list: its colour (with the colour's name), number, where it
 * stands after the votes (in words, with an icon), a quiet hint marker, and its text. Edited in
 * place (F2 or Enter, Ctrl+Enter saves, Esc cancels); dragged to move it.
 */
final class StatementCell extends ListCell<Statement> {

    static final String DRAG_PREFIX = "zielbild-statement:";

    private final TargetViewModel vm;
    private final I18n i18n;
    private final Supplier<TargetPicture> picture;
    private TextArea editor;
    private boolean committing;

    StatementCell(TargetViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.picture = vm::picture;
        getStyleClass().add("statement-cell");
        setPrefWidth(0); // wrap to the list's width instead of widening it
        setOnDragDetected(e -> {
            if (getItem() != null && !isEditing()) {
                var db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.putString(DRAG_PREFIX + getItem().id());
                db.setContent(c);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            String s = e.getDragboard().getString();
            boolean done = false;
            if (s != null && s.startsWith(DRAG_PREFIX)) {
                int to = isEmpty() ? getListView().getItems().size() - 1 : getIndex();
                String id = s.substring(DRAG_PREFIX.length());
                done = vm.moveTo(id, Math.max(0, to));
                getListView().getSelectionModel().select(Math.max(0, Math.min(to, getListView().getItems().size() - 1)));
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    @Override
    protected void updateItem(Statement s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            return;
        }
        if (isEditing()) {
            return;
        }
        setGraphic(content(s));
    }

    private VBox content(Statement s) {
        int index = getIndex() + 1;
        Label number = new Label(i18n.t("target.list.number", index));
        number.getStyleClass().add(Styles.TEXT_BOLD);
        Region swatch = Swatches.of(s.color(), 16);
        Label colour = new Label(Swatches.name(i18n, s.color()));
        colour.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label standing = StandingLabels.of(i18n, picture.get(), s);
        FlowPane top = new FlowPane(8, 4, swatch, number, colour);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPrefWrapLength(200);
        List<VividnessHint> hints = VividnessHints.open(s);
        if (!hints.isEmpty()) {
            Label hint = new Label(i18n.t("target.hint.marker"), new FontIcon(MaterialDesignL.LIGHTBULB_OUTLINE));
            hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "vividness-marker");
            hint.setTooltip(new Tooltip(String.join("\n", hints.stream().map(h -> i18n.t(h.questionKey())).toList())));
            top.getChildren().add(hint);
        }
        if (s.picture() != null) {
            Label pic = new Label(null, new FontIcon(MaterialDesignI.IMAGE_OUTLINE));
            pic.setTooltip(new Tooltip(s.picture().fileName()));
            top.getChildren().add(pic);
        }
        // The standing says "needs rework" after a missed vote; the tag adds what it does not say.
        boolean reworded = TargetResults.rewordedSince(picture.get(), s);
        if (reworded || s.rework() && TargetResults.standing(picture.get(), s.id()) != Standing.NEEDS_REWORK) {
            Label rework = new Label(i18n.t(reworded ? "target.list.reworded" : "target.list.rework"),
                    new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
            rework.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
            top.getChildren().add(rework);
        }
        standing.setMinHeight(Region.USE_PREF_SIZE);
        Label text = new Label(s.text());
        text.setWrapText(true);
        text.getStyleClass().add("statement-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, top, standing, text);
        if (!s.horizon().isEmpty() || !s.sources().isEmpty()) {
            String from = s.sources().isEmpty() ? "" : i18n.t("target.list.sources", s.sources().size());
            String when = s.horizon().isEmpty() ? "" : i18n.t("target.list.horizon", s.horizon());
            Label meta = new Label(String.join(" · ", List.of(when, from).stream().filter(x -> !x.isEmpty()).toList()));
            meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            meta.setWrapText(true);
            box.getChildren().add(meta);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    @Override
    public void startEdit() {
        if (getItem() == null) {
            return;
        }
        super.startEdit();
        editor = new TextArea(getItem().text());
        editor.setId("statementEditor");
        editor.setWrapText(true);
        editor.setPrefRowCount(3);
        editor.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                commitText();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
            }
        });
        editor.focusedProperty().addListener((obs, was, is) -> {
            if (!is && isEditing()) {
                commitText();
            }
        });
        Label how = new Label(i18n.t("target.edit.how"));
        how.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        setGraphic(new VBox(4, editor, how));
        editor.requestFocus();
        editor.selectAll();
    }

    /**
     * Saves what was typed; a refusal keeps the editor open with the text (the problem shows below
     * the list). The list replaces the changed statement while this runs, which ends the edit.
     */
    private void commitText() {
        Statement s = getItem();
        TextArea ed = editor;
        if (s == null || ed == null || committing) {
            return;
        }
        committing = true;
        try {
            if (vm.editText(s.id(), ed.getText())) {
                editor = null;
                if (isEditing()) {
                    super.cancelEdit();
                }
                updateItem(getItem(), getItem() == null);
                if (getListView() != null) {
                    getListView().requestFocus();
                }
            }
        } finally {
            committing = false;
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editor = null;
        updateItem(getItem(), getItem() == null);
        if (getListView() != null) {
            getListView().requestFocus();
        }
    }

    /** The editor while editing, for tests. */
    TextArea editor() {
        return editor;
    }
}
