package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.ui.common.I18n;

/**
 * Private ballots, one after another on the laptop. Between two people a hand-over screen shows
 * nothing of any ballot, only how many are in; each person gets a fresh form. In an anonymous round
 * nobody is asked for a name; in a named round the next person chooses themselves. Enter casts the
 * ballot, Esc goes back to the hand-over (nothing is cast), Esc there closes the screen.
 */
final class TargetBallotScreen {

    private final TargetViewModel vm;
    private final RatingViewModel rating;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final StackPane content = new StackPane();
    private BallotForm form;
    private String problem;

    TargetBallotScreen(Window owner, TargetViewModel vm, I18n i18n) {
        this.vm = vm;
        this.rating = vm.rating();
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("target.ballot.title"));
        Scene scene = new Scene(content, 1200, 800);
        scene.getStylesheets().add(TargetStyles.STYLESHEET);
        content.getStyleClass().add("target-ballot-screen");
        stage.setScene(scene);
        stage.getProperties().put(TargetBallotScreen.class, this); // found again by tests
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !(scene.getFocusOwner() instanceof ComboBoxBase<?> c && c.isShowing())) {
                e.consume();
                if (form != null) {
                    showHandover();
                } else {
                    stage.close();
                }
            }
        });
        rating.openRoundProperty().addListener((obs, o, n) -> {
            if (n == null && stage.isShowing()) {
                stage.close(); // revealed or discarded meanwhile
            }
        });
        showHandover();
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        stage.setMaximized(true);
    }

    private void showHandover() {
        form = null;
        RatingRound r = rating.openRoundProperty().get();
        if (r == null) {
            content.getChildren().clear();
            return;
        }
        Label title = new Label(i18n.t("target.ballot.handover"));
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        Label count = new Label(i18n.t("target.run.voted", r.answered(), r.present()));
        count.setId("ballotCount");
        count.getStyleClass().add(Styles.TITLE_3);
        Label privacy = new Label(i18n.t(r.anonymous() ? "target.ballot.anonymous" : "target.ballot.named"));
        privacy.setWrapText(true);
        privacy.setTextAlignment(TextAlignment.CENTER);
        VBox box = new VBox(20, title, count, privacy);
        ComboBox<Participant> who = new ComboBox<>(rating.waiting());
        if (!r.anonymous()) {
            who.setId("ballotWho");
            who.setPromptText(i18n.t("target.ballot.whoPrompt"));
            who.setCellFactory(l -> nameCell());
            who.setButtonCell(nameCell());
            who.setPrefWidth(360);
            who.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && who.getValue() != null) {
                    begin(r, who.getValue());
                }
            });
            box.getChildren().add(who);
        }
        Button go = new Button(i18n.t("target.ballot.start"));
        go.setId("ballotStart");
        go.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        go.setDefaultButton(true);
        boolean full = r.answered() >= r.present();
        go.setDisable(full);
        if (!r.anonymous()) {
            go.disableProperty().bind(who.valueProperty().isNull());
        }
        go.setOnAction(e -> begin(r, who.getValue()));
        Button close = new Button(i18n.t("target.ballot.close"));
        close.setId("ballotClose");
        close.setOnAction(e -> stage.close());
        box.getChildren().addAll(go, close);
        if (full) {
            box.getChildren().add(2, warning(i18n.t("target.ballot.allIn", r.present())));
        }
        if (problem != null) {
            box.getChildren().add(warning(problem));
            problem = null;
        }
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(720);
        box.setPadding(new Insets(40));
        content.getChildren().setAll(box);
        (r.anonymous() ? go : who).requestFocus();
    }

    private void begin(RatingRound r, Participant p) {
        if (!r.anonymous() && p == null) {
            return;
        }
        form = new BallotForm(r, i18n);
        String voter = p == null ? null : p.id();
        Label title = new Label(p == null ? i18n.t("target.ballot.yours") : i18n.t("target.ballot.yoursNamed", p.name()));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        Label keys = new Label(i18n.t("target.ballot.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add(Styles.TEXT_MUTED);
        Button done = new Button(i18n.t("target.ballot.done"));
        done.setId("ballotDone");
        done.getStyleClass().addAll(Styles.SUCCESS, Styles.LARGE);
        done.disableProperty().bind(form.complete().not());
        done.setMinWidth(Button.USE_PREF_SIZE);
        done.setOnAction(e -> cast(voter));
        Button back = new Button(i18n.t("common.cancel"));
        back.setId("ballotCancel");
        back.setMinWidth(Button.USE_PREF_SIZE);
        back.setOnAction(e -> showHandover());
        HBox bar = new HBox(12, done, back, keys);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(20, title, form.root());
        page.setPadding(new Insets(32));
        page.setMaxWidth(1100);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        BorderPane pane = new BorderPane(scroll);
        bar.setPadding(new Insets(12, 32, 20, 32));
        pane.setBottom(bar);
        BallotForm shown = form;
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && form == shown && shown.complete().get()) {
                e.consume(); // before a focused button could take it
                cast(voter);
            } else {
                shown.keys(e);
            }
        });
        content.getChildren().setAll(pane);
        form.focus();
        javafx.application.Platform.runLater(shown::focus); // once the page is in the scene's focus order
    }

    private void cast(String voter) {
        if (form == null || !form.complete().get()) {
            return;
        }
        java.util.List<org.zielbild.domain.target.BallotAnswer> answers = form.answers();
        form = null;
        content.getChildren().clear(); // nothing of this ballot stays on screen
        if (!rating.cast(voter, answers)) {
            problem = vm.problemProperty().get() == null ? i18n.t("target.ballot.refused")
                    : i18n.text(vm.problemProperty().get());
        }
        showHandover();
    }

    private Label warning(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.WARNING);
        return l;
    }

    private ListCell<Participant> nameCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Participant p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name());
            }
        };
    }

    /** The form on screen, null on the hand-over; for tests. */
    BallotForm form() {
        return form;
    }
}
