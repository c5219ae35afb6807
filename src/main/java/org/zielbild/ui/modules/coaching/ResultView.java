package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.ui.common.I18n;

/**
 * The assignment on the laptop: policy and seed, compute (Alt+C), the result in sentences with its
 * policy and seed, the groups per coach, one person's pins and "why this coach", the ranks received,
 * the announcement (Alt+A, names or counts only) and every run so far.
 */
final class ResultView {

    private final ResultViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final ScrollPane scroll = new ScrollPane();
    private final TextField seed = new TextField();

    ResultView(CoachingViewModel all, I18n i18n) {
        this.vm = all.result();
        this.i18n = i18n;
        root.setPadding(new Insets(12));
        ScrollPane groups = new ScrollPane(new GroupCards(vm, i18n).root());
        groups.setFitToWidth(true);
        PersonPane person = new PersonPane(all, i18n);
        VBox side = new VBox(12, person.root(), notVoted(person), new HistogramBars(vm, i18n).root(), runs());
        side.setPrefWidth(340);
        side.setMinWidth(300);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(320);
        HBox middle = new HBox(12, groups, sideScroll);
        HBox.setHgrow(groups, Priority.ALWAYS);
        VBox.setVgrow(middle, Priority.ALWAYS);
        // On a laptop with the facilitator notes open the tab is short: it scrolls rather than squeezes.
        middle.setMinHeight(420);
        root.getChildren().addAll(controls(), status(), middle);
        scroll.setContent(root);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
    }

    Node root() {
        return scroll;
    }

    /** Computes with the seed as typed; a seed that is not a whole number is said, not guessed. */
    void compute() {
        PitchView.parse(seed.getText()).ifPresentOrElse(s -> {
            vm.seedProperty().set(s);
            vm.compute();
        }, () -> vm.report(org.zielbild.domain.Message.of("coaching.result.seedNotANumber", seed.getText())));
    }

    private Node controls() {
        ComboBox<CoachingPolicy> policy = new ComboBox<>();
        policy.setId("resultPolicy");
        policy.getItems().setAll(CoachingPolicy.values());
        policy.setConverter(KeptApartPane.converter(p -> i18n.t("coaching.policy." + p.name().toLowerCase(java.util.Locale.ROOT))));
        policy.valueProperty().bindBidirectional(vm.policyProperty());
        seed.setId("resultSeed");
        seed.setPrefColumnCount(6);
        seed.setText(String.valueOf(vm.seedProperty().get()));
        vm.seedProperty().addListener((obs, o, n) -> seed.setText(String.valueOf(n)));
        seed.setOnAction(e -> compute());
        Button compute = new Button(i18n.t("coaching.result.compute"));
        compute.setId("resultCompute");
        compute.getStyleClass().add(Styles.ACCENT);
        compute.setOnAction(e -> compute());
        ToggleButton announce = new ToggleButton(i18n.t("coaching.result.announce"));
        announce.setId("resultAnnounce");
        announce.setSelected(vm.announcedProperty().get());
        vm.announcedProperty().addListener((obs, o, n) -> announce.setSelected(n));
        announce.setOnAction(e -> {
            if (!vm.announce(announce.isSelected())) {
                announce.setSelected(vm.announcedProperty().get());
            }
        });
        CheckBox counts = new CheckBox(i18n.t("coaching.result.countsOnly"));
        counts.setId("resultCountsOnly");
        counts.setSelected(vm.planProperty().get().countsOnly());
        vm.planProperty().addListener((obs, o, n) -> counts.setSelected(n.countsOnly()));
        counts.setOnAction(e -> vm.countsOnly(counts.isSelected()));
        return new FlowPane(10, 8, new Label(i18n.t("coaching.result.policy"), policy) {
            {
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
        }, new Label(i18n.t("coaching.result.seed"), seed) {
            {
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
        }, compute, announce, counts);
    }

    private Node status() {
        Label problem = text("resultProblem", "coaching-problem");
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.problemProperty().get() == null ? ""
                : i18n.text(vm.problemProperty().get()), vm.problemProperty()));
        Label stale = text("resultStale", "coaching-stale");
        stale.textProperty().bind(Bindings.when(vm.staleProperty()).then(i18n.t("coaching.result.stale")).otherwise(""));
        Label how = text("resultHow", Styles.TEXT_MUTED);
        Label summary = text("resultSummary", Styles.TITLE_4);
        Runnable show = () -> {
            how.setText(vm.how() == null ? i18n.t("coaching.result.none") : i18n.text(vm.how()));
            summary.setText(String.join(" ", vm.summaryProperty().get().stream().map(i18n::text).toList()));
        };
        vm.runProperty().addListener((obs, o, n) -> show.run());
        show.run();
        return new VBox(4, problem, stale, summary, how);
    }

    /** A line of the status that wraps and takes no room while it says nothing. */
    private static Label text(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    /** Who did not vote and where the places left put them; choosing one opens them above to pin them elsewhere. */
    private Node notVoted(PersonPane person) {
        Label title = new Label(i18n.t("coaching.result.notVotedList"));
        title.getStyleClass().add("coaching-section");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ListView<RunPlacement> list = new ListView<>(vm.notVoted());
        list.setId("resultNotVoted");
        list.setPrefHeight(110);
        list.setPlaceholder(Placeholder.of(i18n.t("coaching.result.everyoneVoted")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RunPlacement p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : i18n.t("coaching.result.notVotedAt", p.participantName(), p.coachName()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                person.select(n.participantId());
            }
        });
        return new VBox(6, title, list);
    }

    private Node runs() {
        Label title = new Label(i18n.t("coaching.result.runs"));
        title.getStyleClass().add("coaching-section");
        ListView<AssignmentRun> list = new ListView<>(vm.runs());
        list.setId("resultRuns");
        list.setPrefHeight(120);
        list.setPlaceholder(Placeholder.of(i18n.t("coaching.result.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AssignmentRun run, boolean empty) {
                super.updateItem(run, empty);
                setText(empty || run == null ? null : i18n.text(ResultSummary.how(run)));
            }
        });
        return new VBox(6, title, list);
    }
}
