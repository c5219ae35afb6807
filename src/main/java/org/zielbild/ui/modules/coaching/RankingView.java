package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.imports.ImportDialog;
import org.zielbild.ui.common.imports.TextFiles;
import org.zielbild.ui.modules.coaching.imports.CoachingImportPlan;

/**
 * The secret ranking on the laptop: how many have chosen and who (never what), the private ballot
 * screen (Alt+R), ballots from CSV, withdrawing a ballot, and the one recorded way to look at one.
 */
final class RankingView {

    private final CoachingViewModel root;
    private final RankingViewModel vm;
    private final I18n i18n;
    private final VBox box = new VBox(10);
    private final ListView<VoterRow> voters = new ListView<>();
    private final Label problem = new Label();

    RankingView(CoachingViewModel root, I18n i18n) {
        this.root = root;
        this.vm = root.ranking();
        this.i18n = i18n;
        box.setPadding(new Insets(12));
        Label count = new Label();
        count.setId("rankingCount");
        count.getStyleClass().add(Styles.TITLE_3);
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("coaching.ranking.count",
                vm.votedProperty().get(), vm.voters().size()), vm.votedProperty(), vm.voters()));
        Button open = new Button(i18n.t("coaching.ranking.open"), new FontIcon(MaterialDesignB.BALLOT_OUTLINE));
        open.setId("rankingOpen");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> openBallotScreen());
        Button onWall = new Button(i18n.t("coaching.ranking.onWall"));
        onWall.setId("rankingOnWall");
        onWall.setOnAction(e -> root.pitches().showRanking());
        Button file = new Button(i18n.t("coaching.ranking.file"));
        file.setOnAction(e -> TextFiles.chooseAndRead(box.getScene().getWindow(), i18n, "coaching.ranking.fileTitle",
                p -> problem.setText(i18n.text(p.message()))).ifPresent(text -> showImport(new ImportDialog<>(
                box.getScene().getWindow(), i18n, "coaching.ranking.importTitle", "coaching.ranking.importHint", text,
                vm::importPlan))));
        Button paste = new Button(i18n.t("coaching.ranking.paste"));
        paste.setId("rankingPaste");
        paste.setOnAction(e -> importBallots(""));
        Label privacy = new Label(i18n.t("coaching.ranking.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add(Styles.TEXT_MUTED);
        problem.setId("rankingProblem");
        problem.getStyleClass().add("coaching-problem");
        problem.setWrapText(true);
        vm.problemProperty().addListener((obs, o, n) -> problem.setText(n == null ? "" : i18n.text(n)));
        box.getChildren().addAll(count, new FlowPane(8, 8, open, onWall, ballotLength(), paste, file), privacy,
                voterList(), rowButtons(), new BallotNotes(vm, i18n).root(), problem);
        VBox.setVgrow(voters, Priority.ALWAYS);
    }

    Node root() {
        return box;
    }

    void openBallotScreen() {
        new CoachBallotScreen(box.getScene().getWindow(), vm, i18n).show();
    }

    private Node ballotLength() {
        ComboBox<Integer> length = new ComboBox<>();
        length.setId("ballotLength");
        Runnable fill = () -> {
            List<Integer> options = new ArrayList<>();
            options.add(0);
            for (int k = 1; k < Math.max(1, vm.coaches().size()); k++) {
                options.add(k);
            }
            length.getItems().setAll(options);
            length.setValue(vm.planProperty().get().ballotLength());
        };
        length.setConverter(KeptApartPane.converter(k -> k == 0 ? i18n.t("coaching.ranking.all") : i18n.t("coaching.ranking.top", k)));
        vm.planProperty().addListener((obs, o, n) -> fill.run());
        root.coaches().coaches().addListener((javafx.collections.ListChangeListener<Object>) c -> fill.run());
        fill.run();
        length.setOnAction(e -> {
            if (length.getValue() != null && length.getValue() != vm.planProperty().get().ballotLength()) {
                vm.setBallotLength(length.getValue());
            }
        });
        Label label = new Label(i18n.t("coaching.ranking.length"), length);
        label.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        return label;
    }

    private Node voterList() {
        voters.setId("voterList");
        voters.setItems(vm.voters());
        voters.setPlaceholder(Placeholder.of(i18n.t("coaching.ranking.nobody")));
        voters.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(VoterRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("coaching-voted");
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(i18n.t(row.voted() ? "coaching.ranking.hasChosen" : "coaching.ranking.notYet", row.participant().name()));
                if (row.voted()) {
                    getStyleClass().add("coaching-voted");
                }
            }
        });
        return voters;
    }

    private Node rowButtons() {
        Button withdraw = new Button(i18n.t("coaching.ranking.withdraw"));
        withdraw.setId("rankingWithdraw");
        Button show = new Button(i18n.t("coaching.ranking.show"));
        show.setId("rankingShow");
        for (Button b : List.of(withdraw, show)) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> {
                VoterRow row = voters.getSelectionModel().getSelectedItem();
                return row == null || !row.voted();
            }, voters.getSelectionModel().selectedItemProperty()));
        }
        withdraw.setOnAction(e -> vm.withdraw(voters.getSelectionModel().getSelectedItem().participant().id()));
        show.setOnAction(e -> showBallot(voters.getSelectionModel().getSelectedItem()));
        return new FlowPane(8, 8, withdraw, show);
    }

    /** Asks first, records the look, then shows the ranking to the facilitator alone. */
    private void showBallot(VoterRow row) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n.t("coaching.ranking.showAsk", row.participant().name()),
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(box.getScene().getWindow());
        ask.setHeaderText(i18n.t("coaching.ranking.showTitle"));
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        Optional<List<String>> ranking = vm.showBallot(row.participant().id());
        ranking.ifPresent(names -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                text.append(i + 1).append(". ").append(names.get(i)).append('\n');
            }
            Alert shown = new Alert(Alert.AlertType.INFORMATION, text.toString().strip(), ButtonType.CLOSE);
            shown.initOwner(box.getScene().getWindow());
            shown.setHeaderText(i18n.t("coaching.ranking.shownTitle", row.participant().name()));
            shown.showAndWait();
        });
    }

    private void importBallots(String text) {
        showImport(new ImportDialog<>(box.getScene().getWindow(), i18n, "coaching.ranking.importTitle",
                "coaching.ranking.importHint", text, vm::importPlan));
    }

    /** The preview; a file's comes with its encoding to correct (the imports' shared dialog). */
    private void showImport(ImportDialog<CoachingImportPlan> dialog) {
        dialog.showAndWait().ifPresent(vm::importBallots);
    }
}
