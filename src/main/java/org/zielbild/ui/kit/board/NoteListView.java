package org.zielbild.ui.kit.board;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.ReadableHeaders;

/**
 * The board's notes and clusters as tables: sortable by any column (votes once revealed),
 * searchable, fully usable from the keyboard (Enter edits, Del deletes). Selection is shared with
 * the canvas. For large boards and for people who do not use a mouse.
 */
public final class NoteListView {

    /** A row of the notes table: the note with what the table shows about it. */
    public record Row(Note note, String area, String team, String cluster, int votes) {
    }

    /** A row of the clusters table. */
    public record ClusterRow(Cluster cluster, int notes, int votes) {
    }

    private final BoardViewModel vm;
    private final I18n i18n;
    private final BoardActions actions;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ClusterRow> clusterRows = FXCollections.observableArrayList();
    private final TextField search = new TextField();
    private final TableView<Row> table = new TableView<>();
    private final TableView<ClusterRow> clusters = new TableView<>();
    private final SplitPane root;
    private boolean syncing;
    private boolean textSizedByHand;

    public NoteListView(BoardViewModel vm, I18n i18n, BoardActions actions) {
        this.vm = vm;
        this.i18n = i18n;
        this.actions = actions;
        this.root = new SplitPane(notesPane(), clustersPane());
        root.setDividerPositions(0.7);
        root.getStyleClass().add("note-list");
        vm.snapshotProperty().addListener((obs, o, n) -> refresh());
        vm.selection().addListener((SetChangeListener<String>) c -> syncSelectionFromModel());
        refresh();
    }

    public SplitPane root() {
        return root;
    }

    public TableView<Row> table() {
        return table;
    }

    /** Sorts notes and clusters by votes, most first. */
    public void sortByVotes() {
        TableColumn<Row, ?> votes = table.getColumns().stream().filter(c -> "votesColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        table.getSortOrder().setAll(List.of(votes));
        votes.setSortType(TableColumn.SortType.DESCENDING);
        clusters.getSortOrder().setAll(List.of(clusters.getColumns().get(2)));
        clusters.getColumns().get(2).setSortType(TableColumn.SortType.DESCENDING);
    }

    private VBox notesPane() {
        search.setId("noteSearch");
        search.setPromptText(i18n.t("board.list.search"));
        HBox.setHgrow(search, Priority.ALWAYS);
        FilteredList<Row> filtered = new FilteredList<>(rows);
        search.textProperty().addListener((obs, o, n) -> filtered.setPredicate(matching(n)));
        SortedList<Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("noteTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(placeholder("board.list.empty"));
        TableColumn<Row, String> text = column("board.list.text", r -> r.note().text());
        // The note's text wraps; below this it would be a column of single words.
        text.setMinWidth(160);
        text.setCellFactory(c -> new WrappingTextCell<>(text));
        table.getColumns().add(text);
        if (vm.snapshot().board().areaCount() > 1) {
            table.getColumns().add(column("board.list.area", Row::area));
        }
        // Most needed first: a laptop shows the note, its cluster and its dots before it scrolls sideways.
        TableColumn<Row, String> cluster = column("board.list.cluster", Row::cluster);
        table.getColumns().add(cluster);
        TableColumn<Row, Number> votes = new TableColumn<>(i18n.t("board.list.votes"));
        votes.setCellValueFactory(c -> new SimpleIntegerProperty(c.getValue().votes()));
        votes.setId("votesColumn");
        table.getColumns().add(votes);
        table.getColumns().add(column("board.list.team", Row::team));
        table.getColumns().add(column("board.list.author", r -> r.note().author()));
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        TableColumn<Row, java.time.Instant> created = new TableColumn<>(i18n.t("board.list.created"));
        created.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().note().createdAt()));
        created.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : time.format(item));
            }
        });
        table.getColumns().add(created);
        ReadableHeaders.keep(table);
        fillWithText(text, cluster);
        // Narrow windows scroll the columns sideways; the "+" menu hides the ones not needed now.
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<Row>) c -> {
            if (!syncing) {
                syncing = true;
                vm.select(table.getSelectionModel().getSelectedItems().stream().map(r -> r.note().id()).toList(), false);
                syncing = false;
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                actions.editSelectedInDialog();
                e.consume();
            }
        });
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<Row> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.editSelectedInDialog();
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, search, table);
    }

    private VBox clustersPane() {
        clusters.setId("clusterTable");
        SortedList<ClusterRow> sorted = new SortedList<>(clusterRows);
        sorted.comparatorProperty().bind(clusters.comparatorProperty());
        clusters.setItems(sorted);
        clusters.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        clusters.setPlaceholder(placeholder("board.list.noClusters"));
        TableColumn<ClusterRow, String> name = new TableColumn<>(i18n.t("board.list.cluster"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().cluster().name()));
        TableColumn<ClusterRow, Number> notes = new TableColumn<>(i18n.t("board.list.notes"));
        notes.setCellValueFactory(c -> new SimpleIntegerProperty(c.getValue().notes()));
        TableColumn<ClusterRow, Number> votes = new TableColumn<>(i18n.t("board.list.votes"));
        votes.setCellValueFactory(c -> new SimpleIntegerProperty(c.getValue().votes()));
        clusters.getColumns().setAll(List.of(name, notes, votes));
        clusters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        name.setMinWidth(100);
        ReadableHeaders.keep(clusters);
        clusters.setOnKeyPressed(e -> {
            ClusterRow row = clusters.getSelectionModel().getSelectedItem();
            if (row != null && e.getCode() == KeyCode.F2) {
                actions.renameCluster(row.cluster().id());
                e.consume();
            } else if (row != null && e.getCode() == KeyCode.DELETE) {
                vm.dissolveCluster(row.cluster().id());
                e.consume();
            }
        });
        Button merge = new Button(i18n.t("board.merge"), new FontIcon(MaterialDesignM.MERGE));
        merge.setId("mergeClusters");
        // On a laptop the cluster panel is narrow: the button's text wraps rather than being cut.
        merge.setWrapText(true);
        merge.setMinHeight(Region.USE_PREF_SIZE);
        merge.setMaxWidth(Double.MAX_VALUE);
        merge.disableProperty().bind(javafx.beans.binding.Bindings.size(clusters.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        merge.setOnAction(e -> {
            List<ClusterRow> two = List.copyOf(clusters.getSelectionModel().getSelectedItems());
            if (two.size() == 2) {
                vm.mergeClusters(two.get(0).cluster().id(), two.get(1).cluster().id());
            }
        });
        Label hint = new Label(i18n.t("board.list.clusterHint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(clusters, Priority.ALWAYS);
        VBox pane = new VBox(8, new Label(i18n.t("board.list.clusters")), clusters, merge, hint);
        // The divider cannot squeeze the panel below its three columns (each as wide as its header).
        pane.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> name.getMinWidth() + notes.getMinWidth() + votes.getMinWidth() + 24,
                name.minWidthProperty(), notes.minWidthProperty(), votes.minWidthProperty()));
        return pane;
    }

    /**
     * The note's text takes the room the other columns leave (each as wide as its header), at
     * least its minimum; a table narrower than that scrolls sideways. Once the user drags the
     * note column's edge, that width is theirs and stays (0069).
     */
    private void fillWithText(TableColumn<Row, String> text, TableColumn<Row, String> cluster) {
        // Only a drag on a column's edge names the column; a change of the table's width does not.
        table.setColumnResizePolicy(features -> {
            if (features.getColumn() == text) {
                textSizedByHand = true;
            }
            return TableView.UNCONSTRAINED_RESIZE_POLICY.call(features);
        });
        javafx.beans.InvalidationListener fill = o -> {
            if (textSizedByHand) {
                return;
            }
            double others = table.getColumns().stream().filter(c -> c != text && c.isVisible())
                    .mapToDouble(TableColumn::getWidth).sum();
            // Room for the vertical scroll bar and the borders.
            text.setPrefWidth(Math.max(text.getMinWidth(), table.getWidth() - others - 20));
        };
        table.widthProperty().addListener(fill);
        // Rows keep the height they were first given; a new wrapping width needs them measured again.
        text.widthProperty().addListener((obs, o, n) -> javafx.application.Platform.runLater(table::refresh));
        for (TableColumn<Row, ?> c : table.getColumns()) {
            if (c != text) {
                // Not the default width: that would size the column to its longest value on first show.
                c.setPrefWidth(c == cluster ? 110 : 1);
                c.widthProperty().addListener(fill);
                c.visibleProperty().addListener(fill);
            }
        }
    }

    private Label placeholder(String key) {
        Label label = new Label(i18n.t(key));
        label.setWrapText(true);
        label.setPadding(new javafx.geometry.Insets(8));
        return label;
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value) {
        TableColumn<Row, String> col = new TableColumn<>(i18n.t(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    private java.util.function.Predicate<Row> matching(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String q = query.strip().toLowerCase(i18n.locale());
        return r -> (r.note().text() + " " + r.team() + " " + r.note().author() + " " + r.cluster())
                .toLowerCase(Locale.ROOT).contains(q);
    }

    private void refresh() {
        BoardSnapshot s = vm.snapshot();
        syncing = true;
        rows.setAll(s.notes().stream().map(n -> new Row(n,
                n.area() < s.board().areas().size() ? s.board().areas().get(n.area()) : "",
                s.team(n.teamId()).map(t -> t.name()).orElse(""),
                n.clusterId() == null ? "" : s.cluster(n.clusterId()).map(Cluster::name).orElse(""),
                s.dotsOn(n.id()))).toList());
        clusterRows.setAll(s.clusters().stream().map(c -> new ClusterRow(c, s.membersOf(c.id()).size(),
                s.dotsOnCluster(c.id()))).toList());
        syncing = false;
        syncSelectionFromModel();
    }

    private void syncSelectionFromModel() {
        if (syncing) {
            return;
        }
        syncing = true;
        table.getSelectionModel().clearSelection();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (vm.selection().contains(table.getItems().get(i).note().id())) {
                table.getSelectionModel().select(i);
            }
        }
        syncing = false;
    }
}
