package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zielbild.domain.Message;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.I18n;

/**
 * The private ballot screen: the laptop goes round, one person after the other. Between two people
 * a hand-over screen shows nothing of any ranking; each person's ranking is built fresh
 * ({@link RankingTurn}), typed with the coaches' keys in order of preference, and cast on Enter.
 * A window of its own, so the plain keys rank here and nowhere else.
 */
public final class CoachBallotScreen {

    private final RankingViewModel vm;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final StackPane content = new StackPane();
    private final Scene scene;
    private RankingTurn turn;
    private Participant last;

    public CoachBallotScreen(Window owner, RankingViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("coaching.ballot.title"));
        content.getStyleClass().add("coaching-ballot");
        scene = new Scene(content, 1200, 800);
        scene.getStylesheets().add(CoachingStyles.STYLESHEET);
        stage.setScene(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        showHandover(null);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.setMaximized(true);
    }

    private void keys(KeyEvent e) {
        if (turn != null) {
            if (turn.handle(e)) {
                e.consume();
            }
            return;
        }
        if (CoachingShortcut.LEAVE.matches(e) && !(scene.getFocusOwner() instanceof ComboBoxBase<?> c && c.isShowing())) {
            e.consume();
            stage.close();
        }
    }

    /** Between two people: who is next, how many have chosen, nothing of anyone's ranking. */
    private void showHandover(Message thanks) {
        turn = null;
        Label title = new Label(i18n.t("coaching.ballot.handover"));
        title.getStyleClass().add("coaching-ballot-title");
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        Label done = new Label(thanks == null ? "" : i18n.text(thanks));
        done.setId("ballotThanks");
        done.getStyleClass().add(Styles.SUCCESS);
        Label count = new Label(i18n.t("coaching.ranking.count", vm.votedProperty().get(), vm.voters().size()));
        count.setId("ballotCount");
        List<Participant> waiting = vm.voters().stream().filter(r -> !r.voted()).map(VoterRow::participant).toList();
        ComboBox<Participant> who = new ComboBox<>();
        who.getItems().setAll(waiting);
        who.setId("ballotWho");
        who.setConverter(KeptApartPane.converter(Participant::name));
        who.setPromptText(i18n.t("coaching.ballot.who"));
        who.setPrefWidth(360);
        vm.nextVoter(last == null ? null : last.id()).ifPresent(who::setValue);
        who.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !who.isShowing()) {
                e.consume();
                begin(who.getValue());
            }
        });
        Button start = new Button(i18n.t("coaching.ballot.start"));
        start.setId("ballotStart");
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setDefaultButton(true);
        start.disableProperty().bind(who.valueProperty().isNull());
        start.setOnAction(e -> begin(who.getValue()));
        Label privacy = new Label(i18n.t("coaching.ballot.privacy"));
        privacy.setWrapText(true);
        privacy.setTextAlignment(TextAlignment.CENTER);
        privacy.getStyleClass().add(Styles.TEXT_MUTED);
        Button close = new Button(i18n.t("coaching.ballot.close"));
        close.setId("ballotClose");
        close.setOnAction(e -> stage.close());
        Label all = new Label(waiting.isEmpty() ? i18n.t("coaching.ballot.everyone") : "");
        VBox box = new VBox(18, title, done, count, who, start, all, privacy, close);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(720);
        box.setPadding(new Insets(40));
        content.getChildren().setAll(box);
        (waiting.isEmpty() ? close : who).requestFocus();
    }

    private void begin(Participant who) {
        if (who == null) {
            return;
        }
        last = who;
        turn = new RankingTurn(who, vm.coaches(), vm.ranksToGive(), i18n, ranking -> {
            if (vm.cast(who.id(), ranking)) {
                showHandover(Message.of("coaching.ballot.saved", who.name())); // that it was saved, nothing more
                return true;
            }
            return false;
        }, () -> showHandover(null), vm.problemProperty());
        content.getChildren().setAll(turn.root());
        turn.focus();
    }
}
