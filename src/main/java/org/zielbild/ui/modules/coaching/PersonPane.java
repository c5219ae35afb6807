package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.I18n;

/**
 * One person in the result: where they are, pin them to a coach (kept by every recompute) or take the
 * pin away, keep them apart from a coach, and "why this coach?" in sentences that hold for this result.
 */
final class PersonPane {

    private final VBox root = new VBox(8);
    private final ResultViewModel vm;
    private final I18n i18n;
    private final SearchableComboBox<Participant> person = new SearchableComboBox<>();
    private final ComboBox<Coach> coach = new ComboBox<>();
    private final Label where = new Label();
    private final Label why = new Label();

    PersonPane(CoachingViewModel all, I18n i18n) {
        this.vm = all.result();
        this.i18n = i18n;
        Label title = new Label(i18n.t("coaching.result.person"));
        title.getStyleClass().add("coaching-section");
        person.setId("resultPerson");
        person.setConverter(KeptApartPane.converter(Participant::name));
        person.setMaxWidth(Double.MAX_VALUE);
        Runnable people = () -> person.getItems().setAll(all.ranking().voters().stream().map(VoterRow::participant).toList());
        all.ranking().voters().addListener((javafx.collections.ListChangeListener<VoterRow>) c -> people.run());
        people.run();
        coach.setId("resultCoach");
        coach.setItems(all.coaches().coaches());
        coach.setConverter(KeptApartPane.converter(Coach::name));
        coach.setPromptText(i18n.t("coaching.result.coach"));
        where.setId("resultWhere");
        where.setWrapText(true);
        Button pin = new Button(i18n.t("coaching.result.pin"));
        pin.setId("resultPin");
        pin.disableProperty().bind(person.valueProperty().isNull().or(coach.valueProperty().isNull()));
        pin.setOnAction(e -> vm.pin(person.getValue().id(), coach.getValue().id()));
        Button unpin = new Button(i18n.t("coaching.result.unpin"));
        unpin.setId("resultUnpin");
        unpin.disableProperty().bind(person.valueProperty().isNull());
        unpin.setOnAction(e -> vm.pin(person.getValue().id(), null));
        Button apart = new Button(i18n.t("coaching.result.apart"));
        apart.setId("resultApart");
        apart.disableProperty().bind(pin.disableProperty());
        apart.setOnAction(e -> vm.forbid(person.getValue().id(), coach.getValue().id()));
        Button explain = new Button(i18n.t("coaching.result.why"));
        explain.setId("resultWhy");
        explain.disableProperty().bind(person.valueProperty().isNull());
        explain.setOnAction(e -> explain());
        why.setId("resultWhyText");
        why.setWrapText(true);
        why.getStyleClass().add("coaching-why");
        person.valueProperty().addListener((obs, o, n) -> refresh());
        vm.runProperty().addListener((obs, o, n) -> refresh());
        all.model().sessionProperty().addListener((obs, o, n) -> {
            if (o.coaching() != n.coaching()) {
                refresh();
            }
        });
        root.getChildren().addAll(title, person, where, coach, new FlowPane(8, 8, pin, unpin, apart), explain, why);
    }

    Node root() {
        return root;
    }

    /** Opens a person by id (from the list of those who did not vote). */
    void select(String participantId) {
        person.getItems().stream().filter(p -> p.id().equals(participantId)).findFirst().ifPresent(person::setValue);
    }

    private void refresh() {
        why.setText("");
        Participant p = person.getValue();
        if (p == null) {
            where.setText("");
            return;
        }
        String pinned = vm.pinOf(p.id()).map(id -> coach.getItems().stream().filter(c -> c.id().equals(id)).findFirst()
                .map(Coach::name).orElse("?")).orElse(null);
        RunPlacement placed = vm.runProperty().get() == null ? null : vm.runProperty().get().placementOf(p.id()).orElse(null);
        String at = placed == null ? i18n.t("coaching.result.notPlaced") : i18n.t("coaching.result.placedWith", placed.coachName());
        where.setText(pinned == null ? at : at + " " + i18n.t("coaching.result.pinnedTo", pinned));
    }

    private void explain() {
        Participant p = person.getValue();
        List<String> lines = vm.why(p.id()).map(x -> x.lines().stream().map(i18n::text).toList())
                .orElse(List.of(i18n.t(vm.runProperty().get() == null ? "coaching.result.whyNone" : "coaching.result.whyStale")));
        why.setText(String.join("\n", lines));
        why.getStyleClass().remove(Styles.TEXT_MUTED);
    }
}
