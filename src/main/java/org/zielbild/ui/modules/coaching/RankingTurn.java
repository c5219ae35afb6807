package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.domain.Message;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.I18n;

/**
 * One person's turn on the ballot screen: the coaches with their keys; pressing the keys (or
 * clicking the cards) in order of preference builds the ranking, Backspace takes the last choice
 * back, Delete starts over, Enter casts it once it ranks as many coaches as asked, Esc leaves
 * without saving. Made fresh for every person, so nothing of the one before is left.
 */
final class RankingTurn {

    private final List<Coach> coaches;
    private final int needed;
    private final I18n i18n;
    private final Predicate<List<String>> cast;
    private final Runnable leave;
    private final List<String> ranking = new ArrayList<>();
    private final List<HBox> cards = new ArrayList<>();
    private final VBox root = new VBox(16);
    private final Label order = new Label();
    private final Label status = new Label();
    private final Label problem = new Label();
    private final Button confirm = new Button();

    /**
     * @param cast  casts the ranking (coach ids, best first); false when refused (the problem then shows)
     * @param leave back to the hand-over without saving
     */
    RankingTurn(Participant who, List<Coach> coaches, int needed, I18n i18n, Predicate<List<String>> cast,
                Runnable leave, ReadOnlyObjectProperty<Message> problems) {
        this.coaches = List.copyOf(coaches.subList(0, Math.min(coaches.size(), CoachingShortcut.COACH_KEYS.size())));
        this.needed = Math.min(needed, this.coaches.size());
        this.i18n = i18n;
        this.cast = cast;
        this.leave = leave;
        root.setId("ballotTurn");
        root.setPadding(new Insets(32, 48, 32, 48));
        root.setFocusTraversable(true);
        Label title = new Label(i18n.t("coaching.ballot.turn", who.name()));
        title.getStyleClass().add("coaching-ballot-title");
        title.setWrapText(true);
        Label how = new Label(i18n.t("coaching.ballot.how", this.needed));
        how.setWrapText(true);
        how.getStyleClass().add(Styles.TEXT_MUTED);
        FlowPane grid = new FlowPane(16, 16);
        for (int i = 0; i < this.coaches.size(); i++) {
            grid.getChildren().add(card(i));
        }
        order.setId("ballotOrder");
        order.getStyleClass().add("coaching-ballot-order");
        order.setWrapText(true);
        status.setId("ballotStatus");
        status.setWrapText(true);
        problem.getStyleClass().add("coaching-problem");
        problem.setWrapText(true);
        problems.addListener((obs, o, n) -> problem.setText(n == null ? "" : i18n.text(n)));
        confirm.setId("ballotConfirm");
        confirm.getStyleClass().addAll(Styles.SUCCESS, Styles.LARGE);
        confirm.setText(i18n.t("coaching.ballot.confirm"));
        confirm.setOnAction(e -> confirm());
        Button back = new Button(i18n.t("coaching.ballot.leave"));
        back.setId("ballotLeave");
        back.setOnAction(e -> leave.run());
        for (Region r : new Region[] {confirm, back}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(12, confirm, back);
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, how, grid, order, status, buttons, problem);
        refresh();
    }

    Node root() {
        return root;
    }

    void focus() {
        root.requestFocus();
    }

    /** One key press; true when the turn used it. */
    boolean handle(KeyEvent e) {
        int index = CoachingShortcut.coachIndex(e);
        if (CoachingShortcut.RANK.matches(e) && index >= 0 && index < coaches.size()) {
            choose(index);
        } else if (CoachingShortcut.TAKE_BACK.matches(e)) {
            if (!ranking.isEmpty()) {
                ranking.remove(ranking.size() - 1);
            }
        } else if (CoachingShortcut.CLEAR.matches(e)) {
            ranking.clear();
        } else if (CoachingShortcut.CONFIRM.matches(e)) {
            confirm();
            return true;
        } else if (CoachingShortcut.LEAVE.matches(e)) {
            leave.run();
            return true;
        } else {
            return CoachingShortcut.RANK.matches(e); // a key of no coach here does nothing else either
        }
        refresh();
        return true;
    }

    private void choose(int index) {
        String id = coaches.get(index).id();
        if (!ranking.contains(id) && ranking.size() < needed) {
            ranking.add(id);
        }
    }

    private void confirm() {
        if (ranking.size() == needed && needed > 0) {
            cast.test(List.copyOf(ranking));
        }
    }

    private Node card(int index) {
        Coach coach = coaches.get(index);
        Label key = new Label(CoachingShortcut.keyLabel(index));
        key.getStyleClass().add("coaching-ballot-key");
        Label name = new Label(coach.name());
        name.getStyleClass().add("coaching-ballot-name");
        name.setWrapText(true);
        Label style = new Label(coach.style());
        style.setWrapText(true);
        style.getStyleClass().add(Styles.TEXT_MUTED);
        Label rank = new Label();
        rank.getStyleClass().add("coaching-ballot-rank");
        rank.setMinWidth(Region.USE_PREF_SIZE);
        VBox texts = new VBox(4, name, style);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox card = new HBox(12, key, texts, rank);
        card.getStyleClass().add("coaching-ballot-card");
        card.setId("ballotCoach" + (index + 1));
        card.setPrefWidth(520);
        card.setOnMouseClicked(e -> {
            choose(index);
            refresh();
        });
        card.setUserData(rank);
        cards.add(card);
        return card;
    }

    private void refresh() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < coaches.size(); i++) {
            int at = ranking.indexOf(coaches.get(i).id());
            HBox card = cards.get(i);
            ((Label) card.getUserData()).setText(at < 0 ? "" : i18n.t("coaching.ballot.place", at + 1));
            card.getStyleClass().remove("chosen");
            if (at >= 0) {
                card.getStyleClass().add("chosen");
            }
        }
        for (int r = 0; r < ranking.size(); r++) {
            String id = ranking.get(r);
            names.add((r + 1) + ". " + coaches.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().name());
        }
        order.setText(names.isEmpty() ? i18n.t("coaching.ballot.nothingYet") : String.join("   ", names));
        status.setText(ranking.size() < needed ? i18n.t("coaching.ballot.more", needed - ranking.size())
                : i18n.t("coaching.ballot.complete"));
        confirm.setDisable(ranking.size() < needed || needed == 0);
    }
}
