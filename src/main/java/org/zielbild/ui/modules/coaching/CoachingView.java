package org.zielbild.ui.modules.coaching;

import java.util.List;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.spi.ModuleView;

/**
 * The coach round on the laptop: what the wall shows (and how to move it on) above four tabs that
 * follow the round (coaches, pitches and questions, the secret ranking, the assignment); the wall
 * shows {@link CoachingProjection}. The round's commands take Alt ({@link CoachingShortcut}).
 */
final class CoachingView implements ModuleView {

    private final CoachingViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final PitchView pitches;
    private final RankingView ranking;
    private final ResultView result;
    private final CoachingProjection projection;
    private final EventHandler<KeyEvent> keyFilter = this::keys;
    private Window keysOn;
    /** An Alt key acted: the character some systems type with it (Alt+C gives "c") is not text. */
    private boolean swallowTyped;

    CoachingView(CoachingViewModel vm, I18n i18n, I18n roomI18n) {
        this.vm = vm;
        CoachesView coaches = new CoachesView(vm.coaches(), i18n);
        this.pitches = new PitchView(vm.pitches(), i18n);
        this.ranking = new RankingView(vm, i18n);
        this.result = new ResultView(vm, i18n);
        tabs.setId("coachingTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("coachingTabCoaches", i18n.t("coaching.tab.coaches"), coaches.root()),
                tab("coachingTabPitches", i18n.t("coaching.tab.pitches"), pitches.root()),
                tab("coachingTabRanking", i18n.t("coaching.tab.ranking"), ranking.root()),
                tab("coachingTabResult", i18n.t("coaching.tab.result"), result.root()));
        root.setId("coachingView");
        root.getStylesheets().add(CoachingStyles.STYLESHEET);
        root.setTop(new WallBar(vm, i18n).root());
        root.setCenter(tabs);
        this.projection = new CoachingProjection(vm.feed(), roomI18n);
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** The round's commands; each takes Alt, so typing in a field never moves the wall. */
    private void keys(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            if (swallowTyped) {
                e.consume();
            }
            swallowTyped = false;
            return;
        }
        if (e.getEventType() != KeyEvent.KEY_PRESSED) {
            return;
        }
        swallowTyped = false;
        boolean done = true;
        if (CoachingShortcut.NEXT_STEP.matches(e)) {
            vm.pitches().next();
        } else if (CoachingShortcut.PREVIOUS_STEP.matches(e)) {
            vm.pitches().previous();
        } else if (CoachingShortcut.QUESTION.matches(e)) {
            tabs.getSelectionModel().select(1);
            pitches.focusQuestion();
        } else if (CoachingShortcut.BALLOT_SCREEN.matches(e)) {
            tabs.getSelectionModel().select(2);
            ranking.openBallotScreen();
        } else if (CoachingShortcut.COMPUTE.matches(e)) {
            tabs.getSelectionModel().select(3);
            result.compute();
        } else if (CoachingShortcut.ANNOUNCE.matches(e)) {
            tabs.getSelectionModel().select(3);
            vm.result().announce(!vm.result().announcedProperty().get());
        } else if (CoachingShortcut.TABS.matches(e)) {
            tabs.getSelectionModel().select(e.getCode().ordinal() - javafx.scene.input.KeyCode.DIGIT1.ordinal());
        } else {
            done = false;
        }
        if (done) {
            e.consume();
            swallowTyped = true;
        }
    }

    TabPane tabs() {
        return tabs;
    }

    CoachingViewModel viewModel() {
        return vm;
    }

    @Override
    public Node facilitatorView() {
        return root;
    }

    @Override
    public Optional<Node> projection() {
        return Optional.of(projection.root());
    }

    @Override
    public List<KeyHelp> keys() {
        return CoachingShortcut.help();
    }

    /**
     * The round's keys work anywhere in the session window while its stage is on (the sidebar may
     * have the focus). The filter sits on the window, ahead of the day's keys on its scene, so the
     * character an Alt key may type never reaches the writing place or the "use Ctrl" hint.
     */
    @Override
    public void activated() {
        deactivated();
        keysOn = root.getScene() == null ? null : root.getScene().getWindow();
        if (keysOn != null) {
            keysOn.addEventFilter(KeyEvent.ANY, keyFilter);
        }
    }

    @Override
    public void deactivated() {
        if (keysOn != null) {
            keysOn.removeEventFilter(KeyEvent.ANY, keyFilter);
            keysOn = null;
        }
        swallowTyped = false;
    }

    @Override
    public void dispose() {
        deactivated();
        projection.dispose();
        vm.dispose();
    }
}
