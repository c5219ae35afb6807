package org.zielbild.ui.kit.board;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.StagePart;
import org.zielbild.ui.common.TeamColors;

/**
 * A complete board for the facilitator: toolbar, the canvas or the list, the vote panel and the
 * capture field; plus its projection. Shortcuts while the board has the focus: Ctrl+G group,
 * Ctrl+H private writing, Ctrl+L type a note, Ctrl+R show or hide the vote results, Ctrl+J fold
 * the vote panel;
 * on the canvas Ctrl+0 fits all, Ctrl with + or − zooms.
 */
public final class BoardView implements BoardActions {

    private final BoardViewModel vm;
    private final I18n i18n;
    /** The projection's texts: the session's language (decision 0062). */
    private final I18n roomI18n;
    private final BorderPane root = new BorderPane();
    private final BoardCanvas canvas;
    private final NoteListView list;
    private final CaptureBar capture;
    private final VotePanel votes;
    private final VotePanelFold votesFold;
    private final BoardDialogs dialogs;
    private final StackPane center = new StackPane();
    private final ToggleButton boardMode = new ToggleButton();
    private final ToggleButton listMode = new ToggleButton();
    private final Label title = new Label();
    private BoardProjection projection;

    public BoardView(BoardViewModel vm, I18n i18n) {
        this(vm, i18n, i18n);
    }

    public BoardView(BoardViewModel vm, I18n i18n, I18n roomI18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.roomI18n = roomI18n;
        this.canvas = new BoardCanvas(vm, BoardCanvas.Mode.EDIT);
        this.list = new NoteListView(vm, i18n, this);
        this.capture = new CaptureBar(vm, i18n);
        this.votes = new VotePanel(vm, i18n, this::openBallot, this::sortByVotes);
        this.votesFold = new VotePanelFold(root, vm, i18n, voteScroll());
        this.dialogs = new BoardDialogs(vm, i18n, root, canvas);
        canvas.setId("boardCanvas");
        canvas.setOnClusterMenu(dialogs::clusterMenu);
        build();
    }

    public Node root() {
        return root;
    }

    public BoardCanvas canvas() {
        return canvas;
    }

    public NoteListView list() {
        return list;
    }

    public BoardViewModel viewModel() {
        return vm;
    }

    /** The room's view of this board, made on first use. */
    public BoardProjection projection() {
        if (projection == null) {
            projection = new BoardProjection(vm.feed(), roomI18n);
        }
        return projection;
    }

    /** Leaves out the board's heading where the tab above already says it (every pixel counts on a laptop). */
    public void hideTitle() {
        title.setVisible(false);
        title.setManaged(false);
    }

    /** Puts the cursor in the capture field, ready to type. */
    public void focusCapture() {
        capture.focus();
    }

    public void dispose() {
        vm.dispose();
    }

    /**
     * This board as one part of a stage (a tab): its view, its projection, the capture field
     * focused when shown, and the board's keys for the shortcut overlay.
     */
    public StagePart stagePart(String partTitle, String tooltip) {
        if (partTitle.equals(vm.snapshot().board().title())) {
            hideTitle();
        }
        return new StagePart(partTitle, tooltip, root(), projection().root(),
                () -> javafx.application.Platform.runLater(this::focusCapture), this::dispose,
                List.of(BoardShortcut.help()));
    }

    private void build() {
        root.getStylesheets().add(BoardProjection.STYLESHEET);
        root.getStyleClass().add("board-view");
        title.setId("boardTitle");
        title.getStyleClass().addAll(Styles.TITLE_4, "board-title");
        title.setWrapText(true);
        title.setText(vm.snapshot().board().title());
        vm.snapshotProperty().addListener((obs, o, n) -> title.setText(n.board().title()));
        root.setTop(new javafx.scene.layout.VBox(4, title, toolBar()));
        center.getChildren().setAll(canvas);
        BorderPane.setMargin(center, new Insets(4, 0, 4, 0));
        root.setCenter(center);
        root.setRight(votesFold.side());
        root.setBottom(capture.root());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (BoardShortcut.GROUP.matches(e)) {
                groupSelected();
            } else if (BoardShortcut.HIDE.matches(e)) {
                vm.setHidden(!vm.snapshot().board().hidden());
            } else if (BoardShortcut.TYPE.matches(e)) {
                capture.focus();
            } else if (BoardShortcut.REVEAL.matches(e) && vm.snapshot().board().vote() != null) {
                vm.voting().reveal(!vm.snapshot().board().vote().revealed());
            } else if (BoardShortcut.VOTE_PANEL.matches(e)) {
                votesFold.toggleFolded();
            } else if (!BoardShortcut.CLEAR_SELECTION.matches(e) || !escape(e.getTarget())) {
                return;
            }
            e.consume();
        });
    }

    /**
     * Esc that nothing above used (overlays, popups and the note editor take theirs first, 0050):
     * in a text field the focus goes to the board or the list, keeping what was typed; elsewhere
     * the selection is cleared. False when there was nothing to do.
     */
    private boolean escape(Object target) {
        if (target instanceof TextInputControl) {
            (listMode.isSelected() ? list.table() : canvas).requestFocus();
            return true;
        }
        if (vm.selection().isEmpty()) {
            return false;
        }
        vm.clearSelection();
        return true;
    }

    /** The vote panel scrolls rather than forcing its height on the board (small laptop screens). */
    private Node voteScroll() {
        javafx.scene.control.ScrollPane voteScroll = new javafx.scene.control.ScrollPane(votes.root());
        voteScroll.setFitToWidth(true);
        voteScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        voteScroll.setMinHeight(0);
        voteScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return voteScroll;
    }

    private ToolBar toolBar() {
        ToggleGroup modes = new ToggleGroup();
        // Icons only (with tooltips), so the German toolbar fits on a laptop without an overflow menu.
        boardMode.setGraphic(new FontIcon(MaterialDesignS.STICKER_TEXT_OUTLINE));
        boardMode.setTooltip(new Tooltip(i18n.t("board.mode.board")));
        boardMode.setAccessibleText(i18n.t("board.mode.board"));
        boardMode.setId("showBoard");
        listMode.setGraphic(new FontIcon(MaterialDesignF.FORMAT_LIST_BULLETED));
        listMode.setTooltip(new Tooltip(i18n.t("board.mode.list")));
        listMode.setAccessibleText(i18n.t("board.mode.list"));
        listMode.setId("showList");
        boardMode.setToggleGroup(modes);
        listMode.setToggleGroup(modes);
        boardMode.getStyleClass().add(Styles.LEFT_PILL);
        listMode.getStyleClass().add(Styles.RIGHT_PILL);
        boardMode.setSelected(true);
        modes.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true);
            } else {
                center.getChildren().setAll(n == listMode ? list.root() : canvas);
            }
        });
        HBox modeBox = new HBox(boardMode, listMode);

        Button fit = iconButton(MaterialDesignF.FIT_TO_PAGE_OUTLINE, "board.fit", canvas::fitAll);
        fit.setId("fitAll");
        Button zoomIn = iconButton(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "board.zoomIn", () -> canvas.zoom(1.25));
        Button zoomOut = iconButton(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "board.zoomOut", () -> canvas.zoom(0.8));

        Button group = new Button(i18n.t("board.group"), new FontIcon(MaterialDesignG.GROUP));
        group.setId("groupNotes");
        group.setTooltip(new Tooltip(i18n.t("board.groupHint")));
        group.setOnAction(e -> groupSelected());
        group.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.selection()));

        MenuButton color = new MenuButton(null, new FontIcon(MaterialDesignP.PALETTE_OUTLINE));
        color.setId("noteColor");
        color.setTooltip(new Tooltip(i18n.t("board.colorHint")));
        color.setAccessibleText(i18n.t("board.color"));
        MenuItem teamColor = new MenuItem(i18n.t("board.teamColor"));
        teamColor.setOnAction(e -> vm.setColorOfSelected(null));
        color.getItems().add(teamColor);
        for (TeamColor c : TeamColor.values()) {
            MenuItem item = new MenuItem(i18n.t(c.nameKey()), TeamColors.swatch(c, 14));
            item.setOnAction(e -> vm.setColorOfSelected(c));
            color.getItems().add(item);
        }
        color.disableProperty().bind(group.disableProperty());

        MenuButton team = new MenuButton(null, new FontIcon(MaterialDesignA.ACCOUNT_GROUP_OUTLINE));
        team.setId("noteTeam");
        team.setTooltip(new Tooltip(i18n.t("board.teamHint")));
        team.setAccessibleText(i18n.t("board.team"));
        team.setOnShowing(e -> {
            team.getItems().clear();
            MenuItem none = new MenuItem(i18n.t("board.noTeam"));
            none.setOnAction(a -> vm.setTeamOfSelected(null));
            team.getItems().add(none);
            for (Team t : vm.teams()) {
                MenuItem item = new MenuItem(t.name(), TeamColors.swatch(t.color(), 14));
                item.setOnAction(a -> vm.setTeamOfSelected(t));
                team.getItems().add(item);
            }
        });
        team.getItems().add(new MenuItem(i18n.t("board.noTeam")));
        team.disableProperty().bind(group.disableProperty());

        ToggleButton hide = new ToggleButton(i18n.t("board.hide"), new FontIcon(MaterialDesignE.EYE_OFF_OUTLINE));
        hide.setId("hideNotes");
        hide.setTooltip(new Tooltip(i18n.t("board.hideHint")));
        hide.setSelected(vm.snapshot().board().hidden());
        hide.setOnAction(e -> vm.setHidden(hide.isSelected()));
        vm.snapshotProperty().addListener((obs, o, n) -> hide.setSelected(n.board().hidden()));

        // Colour, team, import and arrange are icons with tooltips, so the toolbar fits a 1280-pixel laptop in German too.
        MenuButton importMenu = new MenuButton(null, new FontIcon(MaterialDesignT.TRAY_ARROW_DOWN));
        importMenu.setId("importNotes");
        importMenu.setTooltip(new Tooltip(i18n.t("board.importHint")));
        importMenu.setAccessibleText(i18n.t("board.import"));
        MenuItem paste = new MenuItem(i18n.t("board.import.paste"));
        paste.setOnAction(e -> dialogs.importLines());
        MenuItem csv = new MenuItem(i18n.t("board.import.csv"));
        csv.setOnAction(e -> dialogs.importCsv());
        importMenu.getItems().addAll(paste, csv);

        Button tidy = iconButton(MaterialDesignC.CHART_TREE, "board.arrangeHint", vm::arrange);
        tidy.setId("arrange");
        tidy.setAccessibleText(i18n.t("board.arrange"));

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hiddenBadge = new Label(i18n.t("board.hiddenBadge"));
        hiddenBadge.getStyleClass().addAll(Styles.WARNING, "hidden-badge");
        hiddenBadge.visibleProperty().bind(hide.selectedProperty());
        hiddenBadge.managedProperty().bind(hiddenBadge.visibleProperty());

        ToolBar bar = new ToolBar(modeBox, new Separator(Orientation.VERTICAL), zoomOut, zoomIn, fit,
                new Separator(Orientation.VERTICAL), group, color, team, new Separator(Orientation.VERTICAL), hide,
                importMenu, tidy, wallFollows(), gap, hiddenBadge, followBadge(), votesFold.toggle());
        bar.getStyleClass().add("board-toolbar");
        return bar;
    }

    /** The wall lays the board out for itself, or (on) follows this view for a close look (0102). */
    private ToggleButton wallFollows() {
        ToggleButton follow = new ToggleButton(null, new FontIcon(MaterialDesignP.PROJECTOR_SCREEN_OUTLINE));
        follow.setId("wallFollows");
        follow.setTooltip(new Tooltip(i18n.t("board.wall.followHint")));
        follow.setAccessibleText(i18n.t("board.wall.followHint"));
        follow.setFocusTraversable(false);
        follow.selectedProperty().bindBidirectional(vm.wallFollowsProperty());
        return follow;
    }

    /** Says on the laptop (never on the wall) that the wall shows this view. */
    private Label followBadge() {
        Label badge = new Label(i18n.t("board.wall.followBadge"));
        badge.setId("wallFollowsBadge");
        badge.getStyleClass().addAll(Styles.ACCENT, "hidden-badge");
        badge.visibleProperty().bind(vm.wallFollowsProperty());
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        return badge;
    }

    private Button iconButton(org.kordamp.ikonli.Ikon icon, String tipKey, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(i18n.t(tipKey)));
        b.setAccessibleText(i18n.t(tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Asks for a name and groups the selected notes under it. */
    public void groupSelected() {
        dialogs.groupSelected();
    }

    @Override
    public void editSelectedInDialog() {
        dialogs.editSelectedInDialog();
    }

    @Override
    public void renameCluster(String clusterId) {
        dialogs.renameCluster(clusterId);
    }

    private void openBallot() {
        new BallotScreen(root.getScene().getWindow(), vm, i18n, null).show();
    }

    private void sortByVotes() {
        listMode.setSelected(true);
        list.sortByVotes();
        vm.arrange();
    }

    /** For tests: whether the vote panel is folded away. */
    boolean votePanelFolded() {
        return votesFold.foldedProperty().get();
    }

    /** For tests: which parts are on show. */
    List<Node> centerChildren() {
        return List.copyOf(center.getChildren());
    }
}
