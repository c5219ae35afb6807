package org.zielbild.ui.modules.coaching;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.zielbild.ui.common.I18n;

/**
 * What happened to ballots since they were cast, said rather than hidden: a ballot of someone no
 * longer on the list is not counted (discard it, or undo the removal), and a ballot that ranked a
 * coach who has been removed keeps its order without that coach.
 */
final class BallotNotes {

    private final VBox root = new VBox(6);

    BallotNotes(RankingViewModel vm, I18n i18n) {
        Label orphans = new Label();
        orphans.setId("rankingOrphans");
        orphans.setWrapText(true);
        orphans.getStyleClass().add("coaching-stale");
        Button discard = new Button(i18n.t("coaching.ranking.discard"));
        discard.setId("rankingDiscard");
        discard.setOnAction(e -> vm.orphans().stream().findFirst().ifPresent(vm::withdraw));
        FlowPane orphanRow = new FlowPane(8, 8, orphans, discard);
        Label shortened = new Label();
        shortened.setId("rankingShortened");
        shortened.setWrapText(true);
        shortened.getStyleClass().add("coaching-stale");
        Runnable refresh = () -> {
            int n = vm.orphans().size();
            orphans.setText(i18n.t("coaching.ranking.orphans", n));
            orphanRow.setVisible(n > 0);
            orphanRow.setManaged(n > 0);
            int s = vm.shortenedProperty().get();
            shortened.setText(i18n.t("coaching.ranking.shortened", s));
            shortened.setVisible(s > 0);
            shortened.setManaged(s > 0);
        };
        vm.orphans().addListener((javafx.collections.ListChangeListener<String>) c -> refresh.run());
        vm.shortenedProperty().addListener((obs, o, n) -> refresh.run());
        refresh.run();
        root.getChildren().addAll(orphanRow, shortened);
    }

    Node root() {
        return root;
    }
}
