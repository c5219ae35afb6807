package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.ui.common.I18n;

/**
 * What the wall shows of the coach round, and the way to move it on, above every tab: the coaches,
 * back, next (pitch, questions, next pitch, ranking). The buttons never take the focus, so the day's
 * keys keep working; Alt+→ and Alt+← do the same from the keyboard.
 */
final class WallBar {

    private final CoachingViewModel vm;
    private final I18n i18n;
    private final HBox root = new HBox();
    private final Label state = new Label();

    WallBar(CoachingViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.getStyleClass().add("coaching-wallbar");
        Label on = new Label(i18n.t("coaching.wall.on"));
        on.setMinWidth(Region.USE_PREF_SIZE);
        state.setId("coachingWallState");
        state.getStyleClass().add("coaching-wall-state");
        state.setWrapText(true);
        state.setMinWidth(0);
        HBox.setHgrow(state, Priority.ALWAYS);
        state.setMaxWidth(Double.MAX_VALUE);
        Button overview = button("coachingOverview", i18n.t("coaching.wall.overview"), null);
        overview.setOnAction(e -> vm.pitches().showOverview());
        Button back = button("coachingBack", i18n.t("coaching.wall.back"), new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.setOnAction(e -> vm.pitches().previous());
        Button next = button("coachingNext", i18n.t("coaching.wall.next"), new FontIcon(MaterialDesignA.ARROW_RIGHT));
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(e -> vm.pitches().next());
        Button ranking = button("coachingShowRanking", i18n.t("coaching.wall.ranking"),
                new FontIcon(MaterialDesignP.PODIUM));
        ranking.setOnAction(e -> vm.pitches().showRanking());
        root.getChildren().addAll(on, state, overview, back, next, ranking);
        // The room value is worked out after the parts, so it is the one to follow.
        vm.feed().roomProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    Node root() {
        return root;
    }

    private Button button(String id, String text, Node icon) {
        Button b = new Button(text, icon);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void refresh() {
        CoachingRoom room = vm.feed().room();
        state.setText(switch (room.step()) {
            case OVERVIEW -> i18n.t("coaching.wall.state.overview");
            case PITCH, QUESTIONS -> i18n.t(room.step() == CoachingStep.PITCH ? "coaching.wall.state.pitch"
                    : "coaching.wall.state.questions", room.pitch(), room.coaches().size(),
                    room.current() == null ? "" : room.current().name());
            case RANKING -> i18n.t("coaching.wall.state.ranking", room.voted(), room.participants());
            case ANNOUNCEMENT -> i18n.t(room.countsOnly() ? "coaching.wall.state.counts" : "coaching.wall.state.groups");
        });
    }
}
