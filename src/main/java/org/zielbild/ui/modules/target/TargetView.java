package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.zielbild.domain.Message;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.KeyClaims;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.spi.ModuleContext;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.StageExit;

/**
 * The target-picture stage on the laptop: the statements on the left (keyboard first), on the
 * right the selected statement, the raw material from earlier boards, and the rating. The wall gets
 * {@link TargetProjection}; leaving the stage while the picture has not carried asks for a reason.
 */
public final class TargetView implements ModuleView {


    private final TargetViewModel vm;
    private final I18n i18n;
    private final I18n roomI18n;
    private final ModuleContext context;
    private final BorderPane root = new BorderPane();
    private final StatementsPane statements;
    private final StatementDetails details;
    private final SourcePicker sources;
    private final RatingPanel rating;
    private final TabPane side = new TabPane();
    private final Tab ratingTab;
    private final Tab detailsTab;
    private final Label pictureState = new Label();
    private final Label problem = new Label();
    private final ToggleButton wall = new ToggleButton();
    private final TargetProjection projection;
    /** Asks for a file; replaced in tests, where no native chooser can open. */
    private Function<FileChooser, File> openFile = c -> c.showOpenDialog(window());
    private Function<FileChooser, File> saveFile = c -> c.showSaveDialog(window());

    public TargetView(TargetViewModel vm, ModuleContext context) {
        this.vm = vm;
        this.context = context;
        this.i18n = context.i18n();
        this.roomI18n = context.roomI18n();
        this.statements = new StatementsPane(vm, i18n);
        this.details = new StatementDetails(vm, i18n, statements::selected, this::pickPicture);
        this.sources = new SourcePicker(vm, i18n, statements::draftFrom, this::linkToSelected);
        this.rating = new RatingPanel(vm, i18n, this::openBallots);
        this.projection = new TargetProjection(vm.feed(), roomI18n);
        detailsTab = new Tab(i18n.t("target.tab.statement"), details.root());
        Tab sourcesTab = new Tab(i18n.t("target.tab.sources"), sources.root());
        ratingTab = new Tab(i18n.t("target.tab.rating"), rating.root());
        detailsTab.setId("tabStatement");
        sourcesTab.setId("tabSources");
        ratingTab.setId("tabRating");
        side.getTabs().addAll(sourcesTab, detailsTab, ratingTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setMinWidth(280);
        SplitPane split = new SplitPane(statements.root(), side);
        split.setDividerPositions(0.55);
        root.getStylesheets().add(TargetStyles.STYLESHEET);
        root.getStyleClass().add("target-view");
        // Space stays with the control that has the focus (ticks a source, a present person, a toggle,
        // presses a button); other stray characters go to the new statement's field (0101).
        KeyClaims.claim(root, KeyCode.SPACE);
        root.setTop(header());
        root.setCenter(split);
        problem.setId("targetProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.problemProperty().get() == null ? "" : i18n.text(vm.problemProperty().get()), vm.problemProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        root.setBottom(problem);
        BorderPane.setMargin(problem, new Insets(6, 8, 6, 8));
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::keys);
        statements.list().getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> details.show());
        vm.pictureProperty().addListener((obs, o, n) -> refresh());
        vm.rating().openRoundProperty().addListener((obs, o, n) -> {
            if (n != null) {
                side.getSelectionModel().select(ratingTab);
            }
        });
        wall.selectedProperty().bindBidirectional(vm.wallShowsResultsProperty());
        refresh();
    }

    private HBox header() {
        pictureState.setId("pictureState");
        pictureState.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button rate = new Button(i18n.t("target.action.rate"), new FontIcon(MaterialDesignV.VOTE_OUTLINE));
        rate.setId("rateAction");
        rate.setOnAction(e -> showRating());
        wall.setId("wallResults");
        wall.setText(i18n.t("target.action.wallResults"));
        wall.setGraphic(new FontIcon(MaterialDesignM.MONITOR_EYE));
        wall.disableProperty().bind(vm.rating().latestRevealedProperty().isNull());
        Button save = new Button(i18n.t("target.action.savePoster"), new FontIcon(MaterialDesignI.IMAGE_MOVE));
        save.setId("savePoster");
        save.setOnAction(e -> savePoster());
        FlowPane actions = new FlowPane(8, 8, rate, wall, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setPrefWrapLength(560);
        HBox.setHgrow(actions, Priority.SOMETIMES);
        HBox top = new HBox(12, pictureState, gap, actions);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 8, 6, 8));
        for (Node n : new Node[] {rate, save, wall}) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return top;
    }

    private void refresh() {
        var p = vm.picture();
        boolean carried = TargetResults.pictureCarries(p);
        pictureState.setText(i18n.t(carried ? "target.state.carries"
                : TargetResults.latest(p, null).isPresent() ? "target.state.missed" : "target.state.open",
                p.statements().size()));
        pictureState.setGraphic(new FontIcon(carried ? MaterialDesignC.CHECK_CIRCLE_OUTLINE : MaterialDesignC.CIRCLE_OUTLINE));
        pictureState.getStyleClass().removeAll(Styles.SUCCESS, Styles.TEXT_MUTED);
        pictureState.getStyleClass().add(carried ? Styles.SUCCESS : Styles.TEXT_MUTED);
        if (statements.list().getEditingIndex() < 0) {
            statements.list().refresh(); // standings follow the rounds even when no statement changed
        }
        statements.keepSelection();
        details.show();
        rating.show();
    }

    private void keys(KeyEvent e) {
        if (TargetKeys.TYPE.matches(e)) {
            statements.focusNew();
        } else if (TargetKeys.FROM_SOURCES.matches(e)) {
            side.getSelectionModel().select(0);
            statements.draftFrom(sources.takeChecked());
        } else if (TargetKeys.LINK_SOURCES.matches(e)) {
            linkToSelected(sources.takeChecked());
        } else if (TargetKeys.PICTURE.matches(e)) {
            side.getSelectionModel().select(detailsTab); // where the picture then shows
            details.addPicture();
        } else if (TargetKeys.RATE.matches(e)) {
            if (vm.rating().openRoundProperty().get() == null && side.getSelectionModel().getSelectedItem() == ratingTab) {
                rating.setup().start();
            } else {
                showRating();
            }
        } else if (TargetKeys.BALLOTS.matches(e)) {
            openBallots();
        } else if (TargetKeys.REVEAL.matches(e)) {
            vm.rating().reveal();
        } else if (TargetKeys.WALL.matches(e)) {
            if (vm.rating().latestRevealedProperty().get() != null) {
                vm.wallShowsResultsProperty().set(!vm.wallShowsResultsProperty().get());
            }
        } else if (TargetKeys.SAVE_POSTER.matches(e)) {
            savePoster();
        } else {
            return;
        }
        e.consume();
    }

    private void showRating() {
        side.getSelectionModel().select(ratingTab);
    }

    private void linkToSelected(List<SourceOption> from) {
        Statement s = statements.selected();
        if (s == null) {
            vm.setProblem(Message.of("target.sources.selectFirst"));
            return;
        }
        vm.link(s.id(), from);
    }

    private Path pickPicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("target.details.addPicture"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("target.files.pictures"), "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp",
                        "*.PNG", "*.JPG", "*.JPEG"),
                new FileChooser.ExtensionFilter(i18n.t("target.files.all"), "*.*"));
        File f = openFile.apply(chooser);
        return f == null ? null : f.toPath();
    }

    private void savePoster() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("target.action.savePoster"));
        chooser.setInitialFileName(i18n.t("target.poster.fileName") + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File f = saveFile.apply(chooser);
        if (f == null) {
            return;
        }
        File png = f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? f : new File(f.getPath() + ".png");
        Message failed = PosterFile.save(vm.feed(), roomI18n, context.session().session().info().title(), png);
        if (failed == null) {
            vm.setProblem(null);
            context.session().notifier().info(Message.of("target.poster.saved", png.getName()));
        } else {
            vm.setProblem(failed);
        }
    }

    private void openBallots() {
        if (vm.rating().openRoundProperty().get() == null) {
            vm.setProblem(Message.of("target.ballot.noRound"));
            return;
        }
        if (vm.rating().openRoundProperty().get().mode() != org.zielbild.domain.target.RatingMode.PRIVATE_BALLOTS) {
            vm.setProblem(Message.of("error.target.notBallots"));
            return;
        }
        new TargetBallotScreen(window(), vm, i18n).show();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
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
        return List.of(TargetKeys.help());
    }

    @Override
    public boolean mayLeave(StageExit exit) {
        if (!exit.stageId().equals(context.stageId()) || !vm.rating().needsReason(exit.live())) {
            return true;
        }
        return new UnmetReasonDialog(vm, i18n).ask(window());
    }

    @Override
    public void activated() {
        statements.list().requestFocus();
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    // --- for tests ---

    void choosers(Function<FileChooser, File> open, Function<FileChooser, File> save) {
        this.openFile = open;
        this.saveFile = save;
    }

    TargetViewModel viewModel() {
        return vm;
    }

    TargetProjection targetProjection() {
        return projection;
    }

    StatementsPane statementsPane() {
        return statements;
    }

    RatingPanel ratingPanel() {
        return rating;
    }

    SourcePicker sourcePicker() {
        return sources;
    }

    TabPane sideTabs() {
        return side;
    }
}
