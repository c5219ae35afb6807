package org.zielbild.ui.shell.session;

import atlantafx.base.theme.Styles;
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
import org.zielbild.domain.Stage;
import org.zielbild.domain.StageRun;
import org.zielbild.domain.Timing;
import org.zielbild.ui.common.I18n;

/** The day's stages down the left side; selecting one makes it current. */
public final class AgendaSidebar {

    private final ListView<Stage> list;
    private final VBox root;
    private boolean syncing;

    public AgendaSidebar(SessionViewModel vm, ModuleKinds kinds, I18n i18n) {
        list = new ListView<>(vm.stages());
        list.setId("agendaList");
        list.getStyleClass().add("agenda-list");
        list.setCellFactory(v -> new StageCell(kinds, i18n, vm));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label header = new Label(i18n.t("agenda.title"));
        header.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        Label total = new Label();
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
                vm.goTo(now.id());
            }
        });
        vm.currentIndexProperty().addListener((obs, old, now) -> selectIndex(now.intValue()));
        // Started and ended stages show it; the list only redraws when the day log changes.
        vm.model().sessionProperty().addListener((obs, old, now) -> {
            if (old.dayLog() != now.dayLog()) {
                list.refresh();
            }
        });
        selectIndex(vm.currentIndexProperty().get());
    }

    public Node root() {
        return root;
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

    /** Number, title, kind and time box of a stage. */
    private static final class StageCell extends ListCell<Stage> {
        private final ModuleKinds kinds;
        private final I18n i18n;
        private final SessionViewModel vm;

        StageCell(ModuleKinds kinds, I18n i18n, SessionViewModel vm) {
            this.kinds = kinds;
            this.i18n = i18n;
            this.vm = vm;
        }

        @Override
        protected void updateItem(Stage stage, boolean empty) {
            super.updateItem(stage, empty);
            if (empty || stage == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label number = new Label(String.valueOf(getIndex() + 1));
            number.getStyleClass().add("stage-number");
            number.setMinWidth(28);
            number.setAlignment(Pos.CENTER);
            Label title = new Label(stage.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
            FontIcon icon = new FontIcon(kinds.icon(stage.moduleId()));
            Label kind = new Label(i18n.t("agenda.stageLine", kinds.title(stage.moduleId()), stage.timeBoxMinutes()), icon);
            kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            kind.setWrapText(true);
            VBox text = new VBox(2, title, kind);
            vm.model().session().dayLog().runOf(stage.id()).ifPresent(run -> text.getChildren().add(runLine(run)));
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(10, number, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPrefWidth(0);
            setText(null);
            setGraphic(row);
            setAccessibleText((getIndex() + 1) + ". " + stage.title());
        }

        private Label runLine(StageRun run) {
            Timing t = run.timing();
            String text = !run.live() ? i18n.t("agenda.ran", Math.round(t.activeTime(t.ended()).toSeconds() / 60.0))
                    : t.paused() ? i18n.t("agenda.paused") : i18n.t("agenda.running");
            Label line = new Label(text);
            line.getStyleClass().addAll(Styles.TEXT_SMALL, "stage-run");
            if (run.live()) {
                line.getStyleClass().add("live");
            }
            return line;
        }
    }
}
