package org.zielbild.ui.spi;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.common.StagePart;

/**
 * A stage made of parts (a mood round, one or more boards) shown as tabs; the projection shows
 * the part that is open. Shared by the modules that are built from the kits' parts.
 */
public final class TabbedStageView implements ModuleView {

    private final List<StagePart> parts;
    private final TabPane tabs = new TabPane();
    private final StackPane projection = new StackPane();

    public TabbedStageView(List<StagePart> parts) {
        this.parts = List.copyOf(parts);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("stage-parts");
        for (StagePart p : parts) {
            Tab tab = new Tab(p.title(), p.facilitator());
            if (p.tooltip() != null) {
                tab.setTooltip(new Tooltip(p.tooltip()));
            }
            tabs.getTabs().add(tab);
        }
        projection.setPrefSize(1920, 1080);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> show(n.intValue()));
        show(0);
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Opens the i-th part (and shows it on the projector). */
    public void select(int i) {
        tabs.getSelectionModel().select(i);
    }

    private void show(int i) {
        if (i < 0 || i >= parts.size()) {
            return;
        }
        projection.getChildren().setAll(parts.get(i).projection());
        parts.get(i).onShow().run();
    }

    @Override
    public Node facilitatorView() {
        return tabs;
    }

    @Override
    public Optional<Node> projection() {
        return Optional.of(projection);
    }

    @Override
    public void activated() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            parts.get(i).onShow().run();
        }
    }

    /** The keys of every part, each group once, in the order of the tabs. */
    @Override
    public List<KeyHelp> keys() {
        return parts.stream().flatMap(p -> p.keys().stream()).distinct().toList();
    }

    @Override
    public void dispose() {
        parts.forEach(p -> p.dispose().run());
    }
}
