package org.zielbild.ui.shell.session;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.ListPatch;

/**
 * The day's stages down the left side; selecting one makes it current. The rows follow the
 * session by changing only the lines that differ ({@link StageRow}, {@link ListPatch}), and a
 * row keeps its labels and only sets their texts: a burst of 500 changes to one stage redraws
 * one row, not every row 500 times.
 */
public final class AgendaSidebar {

    private final ObservableList<StageRow> lines = FXCollections.observableArrayList();
    private final ListView<StageRow> list = new ListView<>(lines);
    private final VBox root;
    private boolean syncing;

    public AgendaSidebar(SessionViewModel vm, ModuleKinds kinds, I18n i18n) {
        lines.setAll(StageRow.of(vm.model().session()));
        list.setId("agendaList");
        list.getStyleClass().add("agenda-list");
        list.setCellFactory(v -> new StageCell(kinds, i18n));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label header = new Label(i18n.t("agenda.title"));
        header.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        Label total = new Label();
        total.setId("agendaTotal");
        total.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Runnable updateTotal = () -> {
            int minutes = vm.stages().stream().mapToInt(Stage::timeBoxMinutes).sum();
            total.setText(i18n.t("agenda.total", minutes / 60, String.format("%02d", minutes % 60)));
        };
        vm.stages().addListener((javafx.collections.ListChangeListener<Stage>) c -> updateTotal.run());
        updateTotal.run();

        root = new VBox(8, header, list, total);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("agenda-sidebar");
        root.setPrefWidth(280);
        root.setMinWidth(220);

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                vm.goTo(now.stageId());
                if (!now.stageId().equals(vm.currentStageIdProperty().get())) {
                    // The stage held (its module asked to stay) or did not start: the row goes back.
                    Platform.runLater(() -> selectIndex(vm.currentIndexProperty().get()));
                }
            }
        });
        vm.currentIndexProperty().addListener((obs, old, now) -> selectIndex(now.intValue()));
        // Only the agenda and the day log change what the rows show.
        vm.model().sessionProperty().addListener((obs, old, now) -> {
            if (old.agenda() != now.agenda() || old.dayLog() != now.dayLog()) {
                update(now, vm.currentIndexProperty().get());
            }
        });
        selectIndex(vm.currentIndexProperty().get());
    }

    public Node root() {
        return root;
    }

    private void update(Session now, int current) {
        syncing = true;
        try {
            ListPatch.apply(lines, StageRow.of(now));
        } finally {
            syncing = false;
        }
        // A replaced row drops its selection for a moment; the current stage stays selected.
        if (list.getSelectionModel().getSelectedIndex() != current) {
            selectIndex(current);
        }
    }

    private void selectIndex(int index) {
        syncing = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 2));
            }
        } finally {
            syncing = false;
        }
    }

    /** Number, title, kind and time box of a stage, and how it ran; built once, then only its texts change. */
    private static final class StageCell extends ListCell<StageRow> {
        private final ModuleKinds kinds;
        private final I18n i18n;
        private final Label number = new Label();
        private final Label title = new Label();
        private final FontIcon icon = new FontIcon();
        private final Label kind = new Label(null, icon);
        private final Label run = new Label();
        private final HBox row;
        private String iconFor;

        StageCell(ModuleKinds kinds, I18n i18n) {
            this.kinds = kinds;
            this.i18n = i18n;
            number.getStyleClass().add("stage-number");
            number.setMinWidth(28);
            number.setAlignment(Pos.CENTER);
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
            kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            kind.setWrapText(true);
            run.getStyleClass().addAll(Styles.TEXT_SMALL, "stage-run");
            run.managedProperty().bind(run.visibleProperty());
            VBox text = new VBox(2, title, kind, run);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(10, number, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPrefWidth(0);
        }

        @Override
        protected void updateItem(StageRow line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            number.setText(String.valueOf(line.number()));
            title.setText(line.title());
            if (!line.moduleId().equals(iconFor)) {
                iconFor = line.moduleId();
                icon.setIconCode(kinds.icon(line.moduleId()));
            }
            kind.setText(i18n.t("agenda.stageLine", kinds.title(line.moduleId()), line.minutes()));
            showRun(line);
            if (getGraphic() != row) {
                setGraphic(row);
            }
            setAccessibleText(line.number() + ". " + line.title());
        }

        private void showRun(StageRow line) {
            run.setVisible(line.run() != StageRow.Run.NOT_YET);
            run.setText(switch (line.run()) {
                case NOT_YET -> "";
                case RAN -> i18n.t("agenda.ran", line.ranMinutes());
                case PAUSED -> i18n.t("agenda.paused");
                case RUNNING -> i18n.t("agenda.running");
            });
            boolean live = line.run() == StageRow.Run.RUNNING || line.run() == StageRow.Run.PAUSED;
            if (live && !run.getStyleClass().contains("live")) {
                run.getStyleClass().add("live");
            } else if (!live) {
                run.getStyleClass().remove("live");
            }
        }
    }
}
