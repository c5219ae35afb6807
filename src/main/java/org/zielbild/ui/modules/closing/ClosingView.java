package org.zielbild.ui.modules.closing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.common.StagePart;
import org.zielbild.ui.kit.actions.ActionListView;
import org.zielbild.ui.kit.board.BoardView;
import org.zielbild.ui.kit.board.BoardViewModel;
import org.zielbild.ui.kit.mood.MoodPanel;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.TabbedStageView;

/**
 * The check-out tab first, then a tab per board; beside them the day's action list (every team's
 * actions and the next steps). Ctrl+Shift+T (or the button) turns the selected notes of the open
 * board into actions and puts the keyboard on the owner.
 */
final class ClosingView implements ModuleView {

    private final ClosingViewModel vm;
    private final TabbedStageView tabs;
    private final ActionListView actions;
    private final SplitPane split;
    private final List<BoardViewModel> boardOfTab = new ArrayList<>();

    private ClosingView(ClosingViewModel vm, I18n i18n, I18n roomI18n) {
        this.vm = vm;
        MoodPanel mood = new MoodPanel(vm.checkOut(), i18n);
        List<StagePart> parts = new ArrayList<>();
        parts.add(mood.stagePart(i18n.t("closing.tab.checkOut"), roomI18n));
        boardOfTab.add(null);
        for (BoardViewModel board : vm.boards()) {
            parts.add(new BoardView(board, i18n, roomI18n).stagePart(board.snapshot().board().title(), null));
            boardOfTab.add(board);
        }
        tabs = new TabbedStageView(parts);
        actions = new ActionListView(vm.actions(), i18n, true);
        Button toAction = new Button(i18n.t("closing.actions.noteToAction"), new FontIcon(MaterialDesignC.CHECKBOX_MARKED_OUTLINE));
        toAction.setId("noteToAction");
        toAction.setTooltip(new Tooltip(i18n.t("closing.actions.noteToActionTip")));
        toAction.setOnAction(e -> noteToAction());
        Label notice = new Label();
        notice.setId("closingNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(Bindings.createStringBinding(
                () -> vm.noticeProperty().get() == null ? "" : i18n.text(vm.noticeProperty().get()), vm.noticeProperty()));
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        Label title = new Label(i18n.t("closing.actions.title"));
        title.getStyleClass().add("title-4");
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox side = new VBox(6, title, toAction, notice, actions.root());
        side.setPadding(new Insets(8));
        side.setId("closingActions");
        VBox.setVgrow(actions.root(), javafx.scene.layout.Priority.ALWAYS);
        // Beside the boards on a 1280 x 800 laptop the list is narrow and short: it scrolls rather
        // than drawing over the stage's header.
        javafx.scene.control.ScrollPane sideScroll = new javafx.scene.control.ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        split = new SplitPane(tabs.facilitatorView(), sideScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        // Beside the boards only: the check-out's mood round needs the stage's whole width.
        tabs.tabs().getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            boolean board = openBoard().isPresent();
            if (board && !split.getItems().contains(sideScroll)) {
                split.getItems().add(sideScroll);
                split.setDividerPositions(0.58);
            } else if (!board) {
                split.getItems().remove(sideScroll);
            }
        });
        if (openBoard().isEmpty()) {
            split.getItems().remove(sideScroll);
        }
        split.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ClosingKeys.NOTE_TO_ACTION.matches(e)) {
                noteToAction();
                e.consume();
            }
        });
    }

    static ModuleView create(ClosingViewModel vm, I18n i18n, I18n roomI18n) {
        return new ClosingView(vm, i18n, roomI18n);
    }

    /** The board on the open tab, if a board is open. */
    private Optional<BoardViewModel> openBoard() {
        int i = tabs.tabs().getSelectionModel().getSelectedIndex();
        return i < 0 || i >= boardOfTab.size() ? Optional.empty() : Optional.ofNullable(boardOfTab.get(i));
    }

    private void noteToAction() {
        Optional<BoardViewModel> board = openBoard();
        if (board.isEmpty()) {
            // The list shows beside the boards only: open the last board (the next steps) and say what to do.
            tabs.tabs().getSelectionModel().select(boardOfTab.size() - 1);
            vm.noticeProperty().set(org.zielbild.domain.Message.of("closing.actions.openBoard"));
            return;
        }
        vm.notesToActions(board.get()).ifPresent(actions::edit);
    }

    @Override
    public Node facilitatorView() {
        return split;
    }

    @Override
    public Optional<Node> projection() {
        return tabs.projection();
    }

    @Override
    public List<KeyHelp> keys() {
        List<KeyHelp> keys = new ArrayList<>(tabs.keys());
        keys.add(ClosingKeys.help());
        keys.add(ActionListView.help());
        return keys;
    }

    @Override
    public void activated() {
        tabs.activated();
    }

    @Override
    public void dispose() {
        tabs.dispose();
        vm.dispose();
    }
}
