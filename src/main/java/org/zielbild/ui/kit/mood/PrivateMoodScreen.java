package org.zielbild.ui.kit.mood;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.ui.common.I18n;

/**
 * The laptop goes round: each person gives their mood in private, then hands over. Between two
 * people a hand-over screen shows nothing of what was entered. In an anonymous round nobody is
 * asked for a name.
 */
public final class PrivateMoodScreen {

    private final MoodRoundViewModel vm;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final StackPane content = new StackPane();
    private final MoodEntryForm form;
    private boolean formShown;

    public PrivateMoodScreen(Window owner, MoodRoundViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.form = new MoodEntryForm(vm, i18n, true);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("mood.private.title"));
        Scene scene = new Scene(content, 1200, 800);
        scene.getStylesheets().add(MoodProjection.STYLESHEET);
        stage.setScene(scene);
        // Esc steps back: from the form to the hand-over (what was half entered is dropped, nothing
        // already given is touched), from the hand-over it ends the round of entries. An open
        // choice list closes first.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !(scene.getFocusOwner() instanceof ComboBoxBase<?> c && c.isShowing())) {
                e.consume();
                if (formShown) {
                    showHandover();
                } else {
                    stage.close();
                }
            }
        });
        form.setAfterSubmit(this::showHandover);
        showHandover();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.setMaximized(true);
    }

    private void showHandover() {
        formShown = false;
        MoodRound r = vm.roundProperty().get();
        Label title = new Label(i18n.t("mood.private.handover"));
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        Label count = new Label(i18n.t("mood.private.count", vm.statsProperty().get().total()));
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Label privacy = new Label(i18n.t(r != null && r.anonymous() ? "mood.private.anonymous" : "mood.private.named"));
        privacy.setWrapText(true);
        privacy.setTextAlignment(TextAlignment.CENTER);
        Button go = new Button(i18n.t("mood.private.start"));
        go.setId("moodPrivateStart");
        go.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        go.setDefaultButton(true);
        go.setOnAction(e -> showForm());
        Button close = new Button(i18n.t("mood.private.close"));
        close.setId("moodPrivateClose");
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(20, title, count, privacy, go, close);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(680);
        box.setPadding(new Insets(40));
        content.getChildren().setAll(box);
        go.requestFocus();
    }

    private void showForm() {
        formShown = true;
        form.clear();
        Label title = new Label(i18n.t("mood.private.question"));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        Button done = new Button(i18n.t("mood.private.done"));
        done.setId("moodPrivateDone");
        done.getStyleClass().addAll(Styles.SUCCESS, Styles.LARGE);
        done.disableProperty().bind(form.ready().not());
        done.setOnAction(e -> form.submit());
        Button back = new Button(i18n.t("common.cancel"));
        back.setId("moodPrivateCancel");
        back.getStyleClass().add(Styles.LARGE);
        back.setOnAction(e -> showHandover());
        Label keys = new Label(i18n.t("mood.private.keys"));
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        keys.setWrapText(true);
        HBox buttons = new HBox(12, done, back, keys);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Region r : new Region[] {done, back}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(20, title, form.root(), buttons);
        box.setPadding(new Insets(40));
        box.setMaxWidth(1100);
        content.getChildren().setAll(box);
        form.focus();
    }
}
