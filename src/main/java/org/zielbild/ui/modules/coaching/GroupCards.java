package org.zielbild.ui.modules.coaching;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.ui.common.I18n;

/**
 * The result per coach on the laptop: a card each with the places taken and free, and the three
 * groups kept apart (ranked this coach; placed here without ranking them; did not vote). No one's
 * rank is shown: that is the "why this coach" on request.
 */
final class GroupCards {

    private final FlowPane root = new FlowPane(12, 12);
    private final I18n i18n;

    GroupCards(ResultViewModel vm, I18n i18n) {
        this.i18n = i18n;
        root.setId("resultGroups");
        vm.groups().addListener((ListChangeListener<CoachGroup>) c -> show(vm.groups()));
        show(vm.groups());
    }

    Node root() {
        return root;
    }

    private void show(List<CoachGroup> groups) {
        root.getChildren().setAll(groups.stream().map(this::card).toList());
    }

    private Node card(CoachGroup group) {
        Label title = new Label(group.coach().name());
        title.getStyleClass().add("coaching-group-title");
        title.setWrapText(true);
        Label places = new Label(i18n.t("coaching.result.places", group.members().size(), group.coach().capacity(),
                group.free()));
        VBox card = new VBox(title, places);
        card.getStyleClass().add("coaching-group-card");
        card.setPrefWidth(230);
        card.setId("resultGroup-" + group.coach().name());
        add(card, group.members(PlacementKind.RANKED), null, "");
        add(card, group.members(PlacementKind.UNRANKED), "coaching.result.groupUnranked", "coaching-member-unranked");
        add(card, group.members(PlacementKind.NOT_VOTED), "coaching.result.groupNotVoted", "coaching-member-notvoted");
        return card;
    }

    private void add(VBox card, List<RunPlacement> members, String headingKey, String style) {
        if (members.isEmpty()) {
            return;
        }
        if (headingKey != null) {
            Label heading = new Label(i18n.t(headingKey));
            heading.getStyleClass().addAll("coaching-section", style);
            heading.setWrapText(true);
            card.getChildren().add(heading);
        }
        for (RunPlacement m : members) {
            Label name = new Label(m.pinned() ? i18n.t("coaching.result.pinnedName", m.participantName()) : m.participantName());
            name.setWrapText(true);
            if (!style.isEmpty()) {
                name.getStyleClass().add(style);
            }
            card.getChildren().add(name);
        }
    }
}
