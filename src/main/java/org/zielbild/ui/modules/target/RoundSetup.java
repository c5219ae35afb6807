package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.Threshold;
import org.zielbild.ui.common.I18n;

/**
 * How the next round counts, settled and shown before anyone votes: what is rated (the statements
 * not carried yet, and the picture as a whole), how answers are collected, the counting base, the
 * threshold, and how many are present (from the roster's attendance, confirmed or typed here).
 */
final class RoundSetup {

    private final TargetViewModel vm;
    private final RatingViewModel rating;
    private final I18n i18n;
    private final VBox root = new VBox(8);
    private final CheckListView<Statement> items = new CheckListView<>();
    private final CheckBox whole = new CheckBox();
    private final Spinner<Integer> present = new Spinner<>(0, RatingRound.MAX_PRESENT, 0);
    private final Label summary = new Label();
    private final Label attendance = new Label();
    private final AttendanceList whoIsHere;
    /** What was suggested last time: a statement whose suggestion changes (reworded, carried) is ticked anew. */
    private java.util.Set<String> lastSuggested = java.util.Set.of();

    RoundSetup(TargetViewModel vm, I18n i18n) {
        this.vm = vm;
        this.rating = vm.rating();
        this.i18n = i18n;
        this.whoIsHere = new AttendanceList(vm, i18n);
        build();
    }

    VBox root() {
        return root;
    }

    private void build() {
        root.setId("roundSetup");
        Label title = new Label(i18n.t("target.setup.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        items.setId("roundItems");
        items.setPrefHeight(150);
        items.setCellFactory(l -> Cells.wrappingCheck(items::getItemBooleanProperty,
                Cells.text(s -> s == null ? "" : SourceTexts.cut(s.text()))));
        whole.setId("rateWhole");
        whole.setText(i18n.t("target.setup.whole"));
        whole.setSelected(true);
        whole.setWrapText(true);

        ToggleGroup modes = new ToggleGroup();
        RadioButton hands = new RadioButton(i18n.t("target.mode.hands"));
        hands.setId("modeHands");
        RadioButton ballots = new RadioButton(i18n.t("target.mode.ballots"));
        ballots.setId("modeBallots");
        hands.setToggleGroup(modes);
        ballots.setToggleGroup(modes);
        hands.setWrapText(true);
        ballots.setWrapText(true);
        (rating.modeProperty().get() == RatingMode.SHOW_OF_HANDS ? hands : ballots).setSelected(true);
        modes.selectedToggleProperty().addListener((obs, o, n) ->
                rating.modeProperty().set(n == ballots ? RatingMode.PRIVATE_BALLOTS : RatingMode.SHOW_OF_HANDS));
        CheckBox named = new CheckBox(i18n.t("target.setup.named"));
        named.setId("namedRound");
        named.setWrapText(true);
        named.selectedProperty().addListener((obs, o, n) -> rating.anonymousProperty().set(!n));
        named.disableProperty().bind(ballots.selectedProperty().not());

        ChoiceBox<CountingBase> base = new ChoiceBox<>(FXCollections.observableArrayList(CountingBase.values()));
        base.setId("countingBase");
        base.setConverter(Cells.text(b -> i18n.t(b == CountingBase.PRESENT ? "target.base.present" : "target.base.cast")));
        base.valueProperty().bindBidirectional(rating.baseProperty());
        ChoiceBox<Threshold> threshold = new ChoiceBox<>(FXCollections.observableArrayList(Threshold.values()));
        threshold.setId("threshold");
        threshold.setConverter(Cells.text(t -> i18n.t(t.nameKey())));
        threshold.valueProperty().bindBidirectional(rating.thresholdProperty());
        present.setId("presentCount");
        present.setEditable(true);
        present.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    return present.getValue(); // not a number: the field shows the last good one again
                }
            }
        });
        present.getValueFactory().setValue(rating.presentProperty().get());
        rating.presentProperty().addListener((obs, o, n) -> present.getValueFactory().setValue(n.intValue()));
        present.valueProperty().addListener((obs, o, n) -> rating.presentProperty().set(n == null ? 0 : n));
        attendance.setWrapText(true);
        attendance.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        summary.setId("roundSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("round-summary");
        InvalidationListener update = o -> updateSummary();
        rating.baseProperty().addListener(update);
        rating.thresholdProperty().addListener(update);
        rating.presentProperty().addListener(update);

        Button start = new Button(i18n.t("target.setup.start"), new FontIcon(MaterialDesignV.VOTE_OUTLINE));
        start.setId("startRound");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> start());
        root.getChildren().addAll(title, label("target.setup.what"), items, whole, label("target.setup.how"), hands, ballots,
                named, label("target.setup.base"), base, label("target.setup.threshold"), threshold,
                label("target.setup.present"), present, attendance, whoIsHere.root(), summary, new FlowPane(8, 8, start));
    }

    /**
     * Refreshes the statements offered, keeping the facilitator's ticks; a statement new to the list,
     * or one whose standing changed (reworded, carried), is ticked when it is not carried yet. After a
     * round, every tick is suggested afresh.
     */
    void show(boolean afresh) {
        List<Statement> all = vm.picture().statements();
        java.util.Set<String> suggested = new java.util.HashSet<>();
        rating.suggestedStatements().forEach(x -> suggested.add(x.id()));
        java.util.Set<String> checked = new java.util.HashSet<>();
        items.getCheckModel().getCheckedItems().forEach(x -> checked.add(x.id()));
        java.util.Set<String> before = new java.util.HashSet<>();
        items.getItems().forEach(x -> before.add(x.id()));
        if (!all.equals(items.getItems())) {
            items.getItems().setAll(all);
        }
        items.getCheckModel().clearChecks();
        for (Statement st : all) {
            boolean changed = suggested.contains(st.id()) != lastSuggested.contains(st.id());
            boolean tick = afresh || changed || !before.contains(st.id()) ? suggested.contains(st.id())
                    : checked.contains(st.id());
            if (tick) {
                items.getCheckModel().check(st);
            }
        }
        lastSuggested = suggested;
        attendanceChanged();
        updateSummary();
    }

    /** Ctrl+G and the button: start with what is shown. */
    boolean start() {
        commitSpinner();
        List<String> ids = items.getCheckModel().getCheckedItems().stream().map(Statement::id).toList();
        return rating.start(ids, whole.isSelected());
    }

    /** The attendance line and list, as the roster says now. */
    private void attendanceChanged() {
        int people = vm.model().session().roster().participants().size();
        attendance.setText(people == 0 ? i18n.t("target.setup.noRoster")
                : i18n.t("target.setup.attendance", rating.presentParticipants().size(), people));
        whoIsHere.show();
    }

    private void updateSummary() {
        summary.setText(i18n.t("target.setup.summary", RoundTexts.rule(i18n, rating.baseProperty().get(),
                rating.thresholdProperty().get(), rating.presentProperty().get()),
                RoundTexts.needed(i18n, rating.baseProperty().get(), rating.thresholdProperty().get(),
                        rating.presentProperty().get())));
    }

    /** A typed number counts even before the spinner's field loses the focus. */
    private void commitSpinner() {
        String t = present.getEditor().getText().strip();
        try {
            present.getValueFactory().setValue(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            present.getEditor().setText(String.valueOf(present.getValue()));
        }
    }

    private Label label(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setWrapText(true);
        return l;
    }

    Spinner<Integer> presentSpinner() {
        return present;
    }

    CheckListView<Statement> items() {
        return items;
    }
}
