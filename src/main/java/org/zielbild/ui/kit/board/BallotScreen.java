package org.zielbild.ui.kit.board;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.I18n;

/**
 * The private ballot screen: the laptop goes round, one participant after the other. Between two
 * voters a hand-over screen shows nothing of the board; each voter sees only their own dots.
 * Every click is a change, checked by the domain, so nobody gets more dots than the vote allows.
 */
public final class BallotScreen {

    private final BoardViewModel vm;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final StackPane content = new StackPane();
    private final BoardCanvas canvas;
    private final ComboBox<Participant> who;
    private final Label turn = new Label();
    private Participant current;

    public BallotScreen(Window owner, BoardViewModel vm, I18n i18n, String stylesheet) {
        this.vm = vm;
        this.i18n = i18n;
        this.canvas = new BoardCanvas(vm, BoardCanvas.Mode.BALLOT);
        this.who = new ComboBox<>(vm.participants());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("board.ballot.title"));
        Scene scene = new Scene(content, 1200, 800);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        javafx.beans.value.ChangeListener<BoardSnapshot> turns = (obs, o, n) -> updateTurn();
        vm.snapshotProperty().addListener(turns);
        stage.setOnHidden(e -> {
            vm.snapshotProperty().removeListener(turns);
            canvas.dispose();
        });
        showHandover();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        vm.voting().dotModeProperty().set(false); // the main window must not show anyone's dots meanwhile
        stage.show();
        stage.setMaximized(true);
    }

    /** Between voters: nothing of the board, only who is next. */
    private void showHandover() {
        Participant finished = current;
        current = null;
        canvas.ballotVoterProperty().set(null);
        Label title = new Label(i18n.t("board.ballot.handover"));
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        who.setId("ballotWho");
        who.setPromptText(i18n.t("board.ballot.whoPrompt"));
        who.setCellFactory(l -> voterCell());
        who.setButtonCell(voterCell());
        who.setPrefWidth(320);
        who.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                begin();
            }
        });
        Button go = new Button(i18n.t("board.ballot.start"));
        go.setId("ballotStart");
        go.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        go.setDefaultButton(true);
        go.disableProperty().bind(who.valueProperty().isNull());
        go.setOnAction(e -> begin());
        Button close = new Button(i18n.t("board.ballot.close"));
        close.setId("ballotClose");
        close.setOnAction(e -> stage.close());
        Label hint = new Label(i18n.t("board.ballot.privacy"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(20, title, who, go, hint, close);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(640);
        box.setPadding(new Insets(40));
        content.getChildren().setAll(box);
        who.setValue(nextVoter(finished));
        who.requestFocus();
    }

    private void begin() {
        Participant p = who.getValue();
        if (p == null) {
            return;
        }
        current = p;
        canvas.ballotVoterProperty().set(p.id());
        turn.setId("ballotTurn");
        turn.getStyleClass().add(Styles.TITLE_3);
        turn.setWrapText(true);
        updateTurn();
        Button done = new Button(i18n.t("board.ballot.done"));
        done.setId("ballotDone");
        done.getStyleClass().addAll(Styles.SUCCESS, Styles.LARGE);
        done.setOnAction(e -> showHandover());
        done.setMinWidth(Region.USE_PREF_SIZE);
        Label how = new Label(i18n.t("board.ballot.how"));
        how.setId("ballotHow");
        how.getStyleClass().add(Styles.TEXT_MUTED);
        how.setWrapText(true);
        VBox texts = new VBox(4, turn, how);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox bar = new HBox(16, texts, done);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        bar.getStyleClass().add("ballot-bar");
        BorderPane pane = new BorderPane(canvas);
        pane.setTop(bar);
        // The canvas leaves Enter alone on the ballot screen: it finishes this voter's turn.
        pane.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && current != null) {
                e.consume();
                showHandover();
            }
        });
        content.getChildren().setAll(pane);
        canvas.requestFocus();
        canvas.fitReadable();
    }

    private void updateTurn() {
        DotVote vote = vm.snapshot().board().vote();
        if (current == null) {
            return;
        }
        if (vote == null || vote.revealed()) {
            showHandover();
            return;
        }
        turn.setText(i18n.t("board.ballot.turn", current.name(), vote.left(current.id()), vote.dotsPerParticipant()));
    }

    /**
     * Who is proposed next: the first participant after the one who just finished (in roster
     * order, wrapping round) who still has dots; never the one who just handed the laptop on.
     */
    private Participant nextVoter(Participant finished) {
        DotVote vote = vm.snapshot().board().vote();
        List<Participant> people = vm.participants();
        if (vote == null || people.isEmpty()) {
            return null;
        }
        int start = finished == null ? 0 : indexOf(people, finished.id()) + 1;
        for (int i = 0; i < people.size(); i++) {
            Participant p = people.get((start + i) % people.size());
            if (vote.left(p.id()) > 0 && (finished == null || !p.id().equals(finished.id()))) {
                return p;
            }
        }
        return null;
    }

    private static int indexOf(List<Participant> people, String id) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private ListCell<Participant> voterCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Participant p, boolean empty) {
                super.updateItem(p, empty);
                DotVote vote = vm.snapshot().board().vote();
                setText(empty || p == null ? null : vote != null && vote.left(p.id()) == 0
                        ? i18n.t("board.ballot.hasVoted", p.name()) : p.name());
            }
        };
    }

    Participant current() {
        return current;
    }

    boolean isVoting() {
        return !Objects.isNull(current);
    }
}
