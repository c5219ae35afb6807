package org.zielbild.ui.shell.session;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.keys.KeyNames;
import org.zielbild.ui.shell.keys.Shortcut;
import org.zielbild.ui.spi.ModuleContext;
import org.zielbild.ui.spi.ModuleRegistry;
import org.zielbild.ui.spi.ModuleView;

/**
 * The main area: the current stage's header and its module's facilitator view. Module views are
 * built the first time their stage is shown and kept while the window lives.
 */
public final class StageHost {

    private static final Logger LOG = LoggerFactory.getLogger(StageHost.class);

    private final SessionViewModel vm;
    private final ModuleRegistry registry;
    private final ModuleKinds kinds;
    private final I18n i18n;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Map<String, ModuleView> views = new HashMap<>();
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label instructions = new Label();
    private final StackPane content = new StackPane();
    private TitledPane notes;
    private ModuleView active;

    /**
     * @param clock what the modules stamp changes with
     * @param ids   where the modules get new ids
     */
    public StageHost(SessionViewModel vm, ModuleRegistry registry, I18n i18n, Clock clock, Supplier<String> ids) {
        this.vm = vm;
        this.registry = registry;
        this.kinds = new ModuleKinds(registry, i18n);
        this.i18n = i18n;
        this.clock = clock;
        this.ids = ids;
        build();
        vm.currentStageIdProperty().addListener((obs, old, now) -> show());
        vm.model().sessionProperty().addListener((obs, old, now) -> onSession(old, now));
        show();
    }

    public Node root() {
        return root;
    }

    /** The module view of the current stage, built if needed; for the projector. */
    public Optional<ModuleView> activeView() {
        return Optional.ofNullable(active);
    }

    /**
     * Opens or closes the facilitator notes (Ctrl+Shift+N, or Space / a click on their title).
     * The pane lives as long as the window, so the choice holds from stage to stage.
     */
    public void toggleNotes() {
        if (notes.isVisible()) {
            notes.setExpanded(!notes.isExpanded());
        }
    }

    public boolean notesExpanded() {
        return notes.isExpanded();
    }

    /** The view of a stage if it has been built. */
    public Optional<ModuleView> viewOf(String stageId) {
        return Optional.ofNullable(views.get(stageId));
    }

    /** What the room sees of a stage's module, if its view is built and has a projection. */
    public Optional<Node> projectionOf(String stageId) {
        return viewOf(stageId).flatMap(view -> {
            try {
                return view.projection();
            } catch (RuntimeException e) {
                // A broken projection must not take the projector down: it falls back to the stage's text.
                LOG.error("module projection failed for stage {}", stageId, e);
                return Optional.empty();
            }
        });
    }

    private void build() {
        title.setId("stageTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setId("stageMeta");
        // A long title gives way first (ellipsis, full text in its tooltip): position and time box stay readable.
        meta.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setMinWidth(0);
        title.setTooltip(new javafx.scene.control.Tooltip());
        title.getTooltip().textProperty().bind(title.textProperty());
        instructions.setId("stageInstructions");
        instructions.setWrapText(true);
        // The notes stay open while the facilitator moves through the day; a closed pane stays closed.
        notes = new TitledPane(i18n.t("stage.facilitatorNotes"), instructions);
        notes.setId("facilitatorNotes");
        notes.setExpanded(true);
        notes.managedProperty().bind(notes.visibleProperty());
        notes.getStyleClass().add(Styles.DENSE);
        String toggle = i18n.t(Shortcut.FACILITATOR_NOTES.labelKey()) + " ("
                + KeyNames.text(Shortcut.FACILITATOR_NOTES.keys().get(0), i18n) + ")";
        notes.setTooltip(new javafx.scene.control.Tooltip(toggle));
        notes.setAccessibleHelp(toggle);
        // Title and facts share one line: a laptop screen needs its height for the boards.
        javafx.scene.layout.HBox heading = new javafx.scene.layout.HBox(12, title, meta);
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        VBox header = new VBox(6, heading, notes);
        header.setPadding(new Insets(10, 16, 6, 16));
        header.getStyleClass().add("stage-header");
        root.setTop(header);
        content.setPadding(new Insets(6, 16, 8, 16));
        root.setCenter(content);
    }

    private void show() {
        Optional<Stage> stage = vm.currentStage();
        if (active != null) {
            active.deactivated();
        }
        active = null;
        // With an empty agenda there are no notes to show: no empty "facilitator notes" box.
        notes.setVisible(stage.isPresent());
        if (stage.isEmpty()) {
            title.setText(i18n.t("stage.none"));
            meta.setText("");
            instructions.setText("");
            content.getChildren().clear();
            return;
        }
        updateHeader(stage.get());
        active = views.computeIfAbsent(stage.get().id(), id -> create(stage.get()));
        content.getChildren().setAll(active.facilitatorView());
        active.activated();
    }

    private ModuleView create(Stage stage) {
        return registry.find(stage.moduleId()).map(module -> {
            try {
                return module.create(new ModuleContext(stage.id(), vm.model(), i18n, clock, ids));
            } catch (RuntimeException e) {
                // A broken module must not take the session window down with it.
                LOG.error("module {} failed to build for stage {}", stage.moduleId(), stage.id(), e);
                return (ModuleView) new NotAvailableView(i18n, kinds.title(stage.moduleId()));
            }
        }).orElseGet(() -> new NotAvailableView(i18n, kinds.title(stage.moduleId())));
    }

    private void updateHeader(Stage stage) {
        int index = vm.currentIndexProperty().get();
        title.setText(stage.title());
        meta.setText(i18n.t("stage.meta", index + 1, vm.stages().size(), kinds.title(stage.moduleId()),
                stage.timeBoxMinutes()));
        instructions.setText(stage.instructions().isEmpty() ? i18n.t("stage.noInstructions") : stage.instructions());
    }

    private void onSession(Session old, Session now) {
        if (old.info().language() != now.info().language()) {
            // The projections speak the session's language (decision 0062): build the views anew in it.
            if (active != null) {
                active.deactivated();
                active = null;
            }
            dispose();
            show();
            return;
        }
        if (old.agenda() == now.agenda()) {
            return;
        }
        // Stages that are gone release their module views.
        views.entrySet().removeIf(e -> {
            if (now.agenda().find(e.getKey()).isEmpty()) {
                e.getValue().dispose();
                return true;
            }
            return false;
        });
        vm.currentStage().ifPresent(this::updateHeader);
    }

    /** Releases every module view. */
    public void dispose() {
        views.values().forEach(ModuleView::dispose);
        views.clear();
    }
}
