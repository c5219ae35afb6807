package org.zielbild.ui.modules.coaching;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.ForbiddenPair;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.I18n;

/** Pairs that must not meet (e.g. a participant's own manager is one of the coaches): add and lift them. */
final class KeptApartPane {

    private final VBox root = new VBox(8);

    KeptApartPane(CoachesViewModel vm, I18n i18n) {
        Label title = new Label(i18n.t("coaching.apart.title"));
        title.getStyleClass().add("coaching-section");
        Label hint = new Label(i18n.t("coaching.apart.hint"));
        hint.setWrapText(true);
        ComboBox<Participant> who = new ComboBox<>(vm.participants());
        who.setId("apartWho");
        who.setPromptText(i18n.t("coaching.apart.who"));
        who.setConverter(converter(Participant::name));
        ComboBox<Coach> coach = new ComboBox<>(vm.coaches());
        coach.setId("apartCoach");
        coach.setPromptText(i18n.t("coaching.apart.coach"));
        coach.setConverter(converter(Coach::name));
        Button add = new Button(i18n.t("coaching.apart.add"));
        add.setId("apartAdd");
        add.disableProperty().bind(who.valueProperty().isNull().or(coach.valueProperty().isNull()));
        add.setOnAction(e -> vm.forbid(who.getValue().id(), coach.getValue().id()));
        add.setMinWidth(Region.USE_PREF_SIZE);
        ListView<ForbiddenPair> pairs = new ListView<>(vm.forbidden());
        pairs.setId("apartList");
        pairs.setPrefHeight(130);
        pairs.setPlaceholder(Placeholder.of(i18n.t("coaching.apart.none")));
        pairs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ForbiddenPair p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null
                        : i18n.t("coaching.apart.pair", vm.participantName(p.participantId()), vm.coachName(p.coachId())));
            }
        });
        Button lift = new Button(i18n.t("coaching.apart.lift"));
        lift.setId("apartLift");
        lift.disableProperty().bind(pairs.getSelectionModel().selectedItemProperty().isNull());
        lift.setOnAction(e -> vm.allow(pairs.getSelectionModel().getSelectedItem()));
        root.getChildren().addAll(title, hint, new FlowPane(8, 8, who, coach, add), pairs, lift);
    }

    Node root() {
        return root;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
