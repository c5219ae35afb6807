package org.zielbild.ui.modules.target;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.ui.common.I18n;

/**
 * The rating tab: the round that runs, or the latest results above the settings for the next
 * round (rework and re-vote).
 */
final class RatingPanel {

    private final TargetViewModel vm;
    private final RoundSetup setup;
    private final RoundRunning running;
    private final RoundResultsView results;
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    private String shownRound;

    RatingPanel(TargetViewModel vm, I18n i18n, Runnable openBallots) {
        this.vm = vm;
        this.setup = new RoundSetup(vm, i18n);
        this.running = new RoundRunning(vm, i18n, openBallots);
        this.results = new RoundResultsView(i18n);
        root.setFitToWidth(true);
        root.setId("ratingPanel");
        content.getStyleClass().add("rating-panel");
        show();
    }

    ScrollPane root() {
        return root;
    }

    RoundSetup setup() {
        return setup;
    }

    RoundRunning running() {
        return running;
    }

    /** Brings the tab up to date with the session. */
    void show() {
        RatingViewModel rating = vm.rating();
        RatingRound open = rating.openRoundProperty().get();
        if (open != null) {
            running.show(open);
            content.getChildren().setAll(running.root());
            shownRound = open.id();
            return;
        }
        RatingRound latest = rating.latestRevealedProperty().get();
        results.show(latest, rating.results());
        setup.show(shownRound != null);
        shownRound = null;
        if (latest == null) {
            content.getChildren().setAll(setup.root());
        } else {
            content.getChildren().setAll(results.root(), new Separator(), setup.root());
        }
    }
}
