package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.SourceLink;
import org.zielbild.domain.target.SourceLinks;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.domain.target.VividnessHint;
import org.zielbild.domain.target.VividnessHints;
import org.zielbild.ui.common.I18n;

/**
 * The selected statement's details: horizon, colour (named), picture, the vividness hints with
 * their guiding questions (dismissable), where it came from (kept when a note is removed), and
 * its rating history with each round's wording.
 */
final class StatementDetails {

    private final TargetViewModel vm;
    private final I18n i18n;
    private final Supplier<Statement> selected;
    private final Supplier<Path> pickPicture;
    private final VBox content = new VBox(12);
    private final ScrollPane root = new ScrollPane(content);
    private final TextField horizon = new TextField();
    private final ComboBox<TeamColor> color = new ComboBox<>();
    private boolean updating;

    StatementDetails(TargetViewModel vm, I18n i18n, Supplier<Statement> selected, Supplier<Path> pickPicture) {
        this.vm = vm;
        this.i18n = i18n;
        this.selected = selected;
        this.pickPicture = pickPicture;
        root.setFitToWidth(true);
        root.setId("statementDetails");
        content.getStyleClass().add("statement-details");
        horizon.setId("detailHorizon");
        horizon.setPromptText(i18n.t("target.new.horizon"));
        horizon.setOnAction(e -> saveHorizon());
        horizon.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveHorizon();
            }
        });
        color.setId("detailColor");
        color.setItems(FXCollections.observableArrayList(Arrays.asList(TeamColor.values())));
        color.setCellFactory(l -> colorCell());
        color.setButtonCell(colorCell());
        color.valueProperty().addListener((obs, o, n) -> {
            Statement s = selected.get();
            if (!updating && s != null && n != s.color()) {
                vm.setColor(s.id(), n);
            }
        });
    }

    ScrollPane root() {
        return root;
    }

    /** Shows the selected statement as it is now. */
    void show() {
        Statement s = selected.get();
        updating = true;
        try {
            content.getChildren().clear();
            if (s == null) {
                Label none = new Label(i18n.t("target.details.none"));
                none.setWrapText(true);
                none.getStyleClass().add(Styles.TEXT_MUTED);
                content.getChildren().add(none);
                return;
            }
            if (!horizon.isFocused()) {
                horizon.setText(s.horizon());
            }
            color.setValue(s.color());
            content.getChildren().addAll(heading("target.details.horizon"), horizon, heading("target.details.color"), color,
                    heading("target.details.picture"), picture(s));
            hints(s);
            links(s);
            history(s);
        } finally {
            updating = false;
        }
    }

    /** Ctrl+Shift+I: pick a picture for the selected statement. */
    void addPicture() {
        Statement s = selected.get();
        Path file = s == null ? null : pickPicture.get();
        if (file != null) {
            vm.attachPicture(s.id(), file);
        }
    }

    private void saveHorizon() {
        Statement s = selected.get();
        if (!updating && s != null) {
            vm.setHorizon(s.id(), horizon.getText());
        }
    }

    private VBox picture(Statement s) {
        Button add = new Button(i18n.t(s.picture() == null ? "target.details.addPicture" : "target.details.changePicture"),
                new FontIcon(MaterialDesignI.IMAGE_PLUS));
        add.setId("addPicture");
        add.setOnAction(e -> addPicture());
        Label limit = new Label(i18n.t("target.details.pictureLimit", vm.model().attachments().maxBytes() / (1024 * 1024)));
        limit.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        limit.setWrapText(true);
        VBox box = new VBox(6);
        if (s.picture() != null) {
            String url = vm.pictureUrl(s);
            if (url != null) {
                ImageView view = new ImageView(new Image(url, 240, 160, true, true, true));
                view.setId("detailPicture");
                box.getChildren().add(view);
            } else {
                Label missing = new Label(i18n.t("target.details.pictureMissing", s.picture().fileName()));
                missing.setWrapText(true);
                missing.getStyleClass().add(Styles.WARNING);
                box.getChildren().add(missing);
            }
            Button remove = new Button(i18n.t("target.details.removePicture"), new FontIcon(MaterialDesignC.CLOSE));
            remove.setId("removePicture");
            remove.setOnAction(e -> vm.removePicture(s.id()));
            box.getChildren().add(new FlowPane(8, 8, add, remove));
        } else {
            box.getChildren().add(add);
        }
        box.getChildren().add(limit);
        return box;
    }

    private void hints(Statement s) {
        List<VividnessHint> open = VividnessHints.open(s);
        if (open.isEmpty() && s.dismissedHints().isEmpty()) {
            return;
        }
        content.getChildren().add(heading("target.details.hints"));
        for (VividnessHint h : open) {
            Label q = new Label(i18n.t(h.questionKey()), new FontIcon(MaterialDesignL.LIGHTBULB_OUTLINE));
            q.setWrapText(true);
            q.getStyleClass().add("vividness-question");
            Button dismiss = new Button(i18n.t("target.details.dismiss"));
            dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            dismiss.setId("dismiss-" + h.name());
            dismiss.setMinWidth(Button.USE_PREF_SIZE);
            dismiss.setOnAction(e -> vm.dismissHint(s.id(), h, true));
            HBox.setHgrow(q, Priority.ALWAYS);
            HBox row = new HBox(8, q, dismiss);
            row.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(row);
        }
        if (!s.dismissedHints().isEmpty()) {
            Button back = new Button(i18n.t("target.details.hintsBack", s.dismissedHints().size()));
            back.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            back.setOnAction(e -> s.dismissedHints().forEach(h -> vm.dismissHint(s.id(), h, false)));
            content.getChildren().add(back);
        }
    }

    private void links(Statement s) {
        content.getChildren().add(heading("target.details.sources"));
        if (s.sources().isEmpty()) {
            content.getChildren().add(muted(i18n.t("target.details.noSources")));
        }
        for (SourceLink l : s.sources()) {
            boolean exists = SourceLinks.exists(l, vm.model().session().boards());
            Label text = new Label(SourceTexts.link(i18n, l, exists));
            text.setWrapText(true);
            if (!exists) {
                text.getStyleClass().add(Styles.TEXT_MUTED);
            }
            Button unlink = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            unlink.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
            unlink.setAccessibleText(i18n.t("target.details.unlink"));
            unlink.setTooltip(new javafx.scene.control.Tooltip(i18n.t("target.details.unlink")));
            unlink.setOnAction(e -> vm.unlink(s.id(), l.id()));
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(6, text, unlink);
            row.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(row);
        }
    }

    private void history(Statement s) {
        List<ItemResult> rounds = TargetResults.history(vm.picture(), s.id());
        if (rounds.isEmpty()) {
            return;
        }
        content.getChildren().add(heading("target.details.history"));
        int n = 0;
        for (ItemResult r : rounds) {
            n++;
            String verdict = i18n.t(r.carries() ? "target.standing.carries" : "target.standing.rework");
            Label line = new Label(i18n.t("target.details.round", n, RoundTexts.counts(i18n, r), verdict));
            line.setWrapText(true);
            content.getChildren().add(line);
            if (!r.item().wording().equals(s.text())) {
                Label was = muted(i18n.t("target.details.wording", r.item().wording()));
                content.getChildren().add(was);
            }
        }
    }

    private Label heading(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private ListCell<TeamColor> colorCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TeamColor c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty ? null : Swatches.name(i18n, c));
                setGraphic(empty ? null : Swatches.of(c, 14));
            }
        };
    }
}
