package org.zielbild.ui.modules.mandate;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.kit.actions.ActionListView;
import org.zielbild.ui.spi.ModuleView;

/**
 * The team-mandates stage on the laptop: teams with their readiness on the left; the selected team's
 * mandate, its actions and the coverage matrix as tabs; present mode shows one team's card on the
 * wall at a time (Alt+Left/Right: the teams one after another). Keyboard first (see {@link MandateKeys}).
 */
final class MandateView implements ModuleView {

    private final MandateViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final MandateEditor editor;
    private final ActionListView actions;
    private final CoveragePane coverage;
    private final Tab actionsTab;
    private final MandateProjection projection;
    private final Label title = new Label();

    MandateView(MandateViewModel vm, I18n i18n, I18n roomI18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.editor = new MandateEditor(vm, i18n);
        this.actions = new ActionListView(vm.actions(), i18n, false);
        this.coverage = new CoveragePane(i18n);
        this.projection = new MandateProjection(vm.feed(), roomI18n);
        root.setId("mandateStage");
        Tab mandateTab = new Tab(i18n.t("mandate.tab.mandate"), editor.root());
        mandateTab.setId("mandateTab");
        actionsTab = new Tab(i18n.t("mandate.tab.actions"), actions.root());
        actionsTab.setId("actionsTab");
        Tab coverageTab = new Tab(i18n.t("mandate.tab.coverage"), coverage.root());
        coverageTab.setId("coverageTab");
        tabs.getTabs().addAll(mandateTab, actionsTab, coverageTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> vm.coverageShownProperty().set(n == coverageTab));
        TeamList teams = new TeamList(vm, i18n);
        root.setLeft(teams.root());
        root.setCenter(tabs);
        root.setTop(header());
        vm.currentProperty().addListener((obs, o, n) -> show());
        vm.coverageProperty().addListener((obs, o, n) -> coverage.show(n));
        coverage.show(vm.coverageProperty().get());
        show();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private Node header() {
        title.setId("mandateTeamTitle");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Button previous = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_LEFT));
        previous.setId("previousTeam");
        previous.setTooltip(new Tooltip(i18n.t("mandate.keys.previousTeam")));
        previous.setOnAction(e -> vm.previousTeam());
        Button next = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        next.setId("nextTeam");
        next.setTooltip(new Tooltip(i18n.t("mandate.keys.nextTeam")));
        next.setOnAction(e -> vm.nextTeam());
        ToggleButton present = new ToggleButton(i18n.t("mandate.present"), new FontIcon(MaterialDesignP.PRESENTATION));
        present.setId("presentMandates");
        present.setTooltip(new Tooltip(i18n.t("mandate.presentTip")));
        present.selectedProperty().bindBidirectional(vm.presentingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox bar = new HBox(8, title, gap, previous, next, present);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("mandateProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> vm.problemProperty().get() == null ? "" : i18n.text(vm.problemProperty().get()), vm.problemProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        VBox top = new VBox(4, bar, problem);
        top.setPadding(new Insets(8, 8, 4, 8));
        return top;
    }

    private void show() {
        TeamRow row = vm.currentProperty().get();
        editor.show(row);
        if (row == null) {
            title.setText(i18n.t("mandate.noTeams"));
            return;
        }
        String name = row.team().removed() ? i18n.t("mandate.removedTeam", row.team().name()) : row.team().name();
        title.setText(i18n.t("mandate.teamLine", name, row.readiness().met(), row.readiness().total()));
        actionsTab.setText(i18n.t("mandate.tab.actionsCount", row.team().actions().size()));
    }

    private void onKey(KeyEvent e) {
        if (MandateKeys.PREVIOUS_TEAM.matches(e)) {
            vm.previousTeam();
        } else if (MandateKeys.NEXT_TEAM.matches(e)) {
            vm.nextTeam();
        } else if (MandateKeys.MANDATE_TAB.matches(e)) {
            tabs.getSelectionModel().select(0);
            editor.text().requestFocus();
        } else if (MandateKeys.ACTIONS_TAB.matches(e)) {
            tabs.getSelectionModel().select(1);
            actions.newActionField().requestFocus();
        } else if (MandateKeys.COVERAGE_TAB.matches(e)) {
            tabs.getSelectionModel().select(2);
        } else if (MandateKeys.LINK.matches(e)) {
            tabs.getSelectionModel().select(0);
            editor.statements().list().requestFocus();
        } else if (MandateKeys.ALL_STATEMENTS.matches(e)) {
            vm.allStatementsProperty().set(!vm.allStatementsProperty().get());
        } else if (MandateKeys.ADD_GUIDELINE.matches(e)) {
            tabs.getSelectionModel().select(0);
            editor.guidelines().guidelineField().requestFocus();
        } else if (MandateKeys.ADD_BEHAVIOUR.matches(e)) {
            tabs.getSelectionModel().select(0);
            editor.guidelines().whatField().requestFocus();
        } else if (MandateKeys.PRESENT.matches(e)) {
            vm.presentingProperty().set(!vm.presentingProperty().get());
        } else {
            return;
        }
        e.consume();
    }

    ActionListView actions() {
        return actions;
    }

    MandateProjection projectionView() {
        return projection;
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
        return List.of(MandateKeys.help(), ActionListView.help());
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
