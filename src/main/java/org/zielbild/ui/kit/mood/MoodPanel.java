package org.zielbild.ui.kit.mood;

import atlantafx.base.theme.Styles;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.mood.MoodStats;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.StagePart;

/**
 * The facilitator's side of a mood round: choose anonymous or named and start; enter moods (or
 * open the private screen); see the numbers; show them to the room. For a check-out, the
 * check-in is shown beside it.
 */
public final class MoodPanel {

    private final MoodRoundViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final MoodEntryForm form;
    private final ListView<MoodEntry> entries = new ListView<>();
    private final VBox stats = new VBox(10);
    private final Label status = new Label();
    private final ToggleButton reveal = new ToggleButton();
    private final Button start = new Button();
    /** The form's side of the work pane: greyed out (and so unfocusable) while the results are shown. */
    private final VBox formSide = new VBox(10);
    private String builtFor;

    public MoodPanel(MoodRoundViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.form = new MoodEntryForm(vm, i18n, false);
        // After each mood the next one starts at the top of the form, from the keyboard too.
        form.setAfterSubmit(form::focus);
        root.getStylesheets().add(MoodProjection.STYLESHEET);
        root.getStyleClass().add("mood-panel");
        vm.roundProperty().addListener((obs, o, n) -> refresh());
        vm.beforeProperty().addListener((obs, o, n) -> refresh());
        // Showing the results greys out the form; a focus left in it would move on to the list of
        // moods and scroll the numbers. It goes to the control that hides them again instead.
        reveal.selectedProperty().addListener((obs, was, shown) -> {
            if (shown && focusIsIn(formSide)) {
                reveal.requestFocus();
            }
        });
        refresh();
    }

    public Node root() {
        return root;
    }

    /** Focus where the facilitator goes on: the start button before the round, then the entry form (or "Hide results"). */
    public void focus() {
        if (vm.roundProperty().get() == null) {
            start.requestFocus();
        } else if (reveal.isSelected()) {
            reveal.requestFocus();
        } else {
            form.focus();
        }
    }

    /**
     * This round as one part of a stage (a tab): the panel, the room's view of the round (in the
     * session's language), the form focused when shown.
     */
    public StagePart stagePart(String partTitle, I18n roomI18n) {
        return new StagePart(partTitle, null, root(), new MoodProjection(vm.feed(), roomI18n).root(),
                () -> javafx.application.Platform.runLater(this::focus), vm::dispose);
    }

    private boolean focusIsIn(Node area) {
        Node n = root.getScene() == null ? null : root.getScene().getFocusOwner();
        while (n != null && n != area) {
            n = n.getParent();
        }
        return n != null;
    }

    private void refresh() {
        MoodRound r = vm.roundProperty().get();
        if (r == null) {
            builtFor = null;
            root.setTop(null);
            root.setCenter(startPane());
            return;
        }
        if (!r.id().equals(builtFor)) {
            // Built once per round, then only updated, so typing in the form is never interrupted.
            builtFor = r.id();
            root.setTop(header());
            root.setCenter(workPane());
        }
        updateHeader(r);
        entries.getItems().setAll(r.entries());
        stats.getChildren().setAll(statsView());
    }

    private Node startPane() {
        boolean out = vm.kind() == MoodKind.CHECK_OUT;
        Label title = new Label(i18n.t(out ? "mood.checkOut" : "mood.checkIn"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(i18n.t(out ? "mood.introOut" : "mood.introIn"));
        intro.setWrapText(true);
        CheckBox anonymous = new CheckBox(i18n.t("mood.anonymous"));
        anonymous.setWrapText(true);
        anonymous.setId("moodAnonymous");
        anonymous.selectedProperty().bindBidirectional(vm.anonymousProperty());
        Label hint = new Label(i18n.t("mood.anonymousHint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        // A named round without participants would have nobody to choose: say so before it starts.
        Label needPeople = new Label(i18n.t("mood.needParticipants"));
        needPeople.setId("moodNeedParticipants");
        needPeople.getStyleClass().add(Styles.WARNING);
        needPeople.setWrapText(true);
        needPeople.visibleProperty().bind(vm.noParticipantsProperty().and(vm.anonymousProperty().not()));
        needPeople.managedProperty().bind(needPeople.visibleProperty());
        start.setText(i18n.t(out ? "mood.startOut" : "mood.startIn"));
        start.setId("moodStart");
        start.disableProperty().bind(vm.canStart().not());
        start.getStyleClass().setAll("button", Styles.ACCENT);
        // The start button leaves the scene with the start pane: the focus goes on to the first question.
        start.setOnAction(e -> {
            if (vm.start()) {
                form.focus();
            }
        });
        VBox box = new VBox(12, title, intro, anonymous, hint, needPeople, start);
        box.setPadding(new Insets(16));
        box.setMaxWidth(640);
        return box;
    }

    private Node header() {
        status.setId("moodStatus");
        status.getStyleClass().add(Styles.TEXT_BOLD);
        status.setWrapText(true);
        Button privateScreen = new Button(i18n.t("mood.privateScreen"), new FontIcon(MaterialDesignS.SHIELD_ACCOUNT_OUTLINE));
        privateScreen.setId("moodPrivate");
        privateScreen.setOnAction(e -> new PrivateMoodScreen(root.getScene().getWindow(), vm, i18n).show());
        privateScreen.disableProperty().bind(reveal.selectedProperty());
        reveal.setId("moodReveal");
        reveal.setGraphic(new FontIcon(MaterialDesignE.EYE_OUTLINE));
        reveal.getStyleClass().add(Styles.ACCENT);
        reveal.setOnAction(e -> vm.reveal(reveal.isSelected()));
        Button discard = new Button(i18n.t("mood.discard"));
        discard.setId("moodDiscard");
        discard.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        discard.setOnAction(e -> vm.discard());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Region r : new Region[] {privateScreen, reveal, discard}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, status, gap, privateScreen, reveal, discard);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 0, 10, 0));
        return bar;
    }

    private void updateHeader(MoodRound r) {
        status.setText(i18n.t(r.anonymous() ? "mood.statusAnonymous" : "mood.statusNamed", r.entries().size()));
        reveal.setSelected(r.revealed());
        reveal.setText(i18n.t(r.revealed() ? "mood.hide" : "mood.reveal"));
    }

    private Node workPane() {
        Button add = new Button(i18n.t("mood.add"));
        add.setId("moodAdd");
        add.getStyleClass().add(Styles.ACCENT);
        add.setDefaultButton(false);
        add.disableProperty().bind(form.ready().not().or(reveal.selectedProperty()));
        add.setOnAction(e -> form.submit());
        Label entryTitle = new Label(i18n.t("mood.enterTitle"));
        entryTitle.getStyleClass().add(Styles.TITLE_4);
        entryTitle.setMinWidth(Region.USE_PREF_SIZE);
        form.addToSentenceRow(add);
        HBox titleRow = new HBox(24, entryTitle, form.takeWhoRow());
        titleRow.setAlignment(Pos.CENTER_LEFT);
        // While the results are shown the form is greyed out: say why, and how to go on.
        Label shownHint = new Label(i18n.t("error.mood.revealed"));
        shownHint.setId("moodRevealedHint");
        shownHint.getStyleClass().add(Styles.WARNING);
        shownHint.setWrapText(true);
        // It wraps to the form's width rather than widening the form's column (and narrowing the numbers).
        shownHint.setPrefWidth(0);
        shownHint.setMaxWidth(Double.MAX_VALUE);
        shownHint.setMinHeight(Region.USE_PREF_SIZE); // all its lines where the stage is narrow (the closing)
        shownHint.visibleProperty().bind(reveal.selectedProperty());
        shownHint.managedProperty().bind(reveal.selectedProperty());
        formSide.getChildren().setAll(titleRow, form.root());
        formSide.setPadding(new Insets(0, 16, 0, 0));
        formSide.disableProperty().bind(reveal.selectedProperty());
        ScrollPane leftScroll = new ScrollPane(formSide);
        leftScroll.setId("moodFormScroll");
        leftScroll.setFitToWidth(true);
        VBox.setVgrow(leftScroll, Priority.ALWAYS);
        // The line stands over the form only, so the numbers column keeps its height when it shows.
        VBox formColumn = new VBox(6, shownHint, leftScroll);
        HBox.setHgrow(formColumn, Priority.ALWAYS);
        // Why a mood was not added is said under the form: scroll there when the form is taller than its room.
        form.problemShown().addListener((obs, o, shown) -> {
            if (shown) {
                Platform.runLater(() -> leftScroll.setVvalue(leftScroll.getVmax()));
            }
        });

        entries.setId("moodEntries");
        // The list takes the height the chart and words leave and scrolls itself (a round has 20 moods
        // or more), so the hint under it stays in view.
        entries.setPrefHeight(120);
        entries.setMinHeight(96);
        VBox.setVgrow(entries, Priority.ALWAYS);
        entries.setPlaceholder(new Label(i18n.t("mood.noEntries")));
        entries.setCellFactory(l -> entryCell());
        entries.setOnKeyPressed(e -> {
            MoodEntry sel = entries.getSelectionModel().getSelectedItem();
            if (sel != null && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                vm.remove(sel.id());
            }
        });
        Label listTitle = new Label(i18n.t("mood.entriesTitle"));
        listTitle.getStyleClass().add("mood-form-heading");
        Label listHint = new Label(i18n.t("mood.entriesHint"));
        listHint.setId("moodEntriesHint");
        listHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        listHint.setWrapText(true);
        for (Region r : new Region[] {stats, listTitle, listHint}) {
            r.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox right = new VBox(8, stats, listTitle, entries, listHint);
        // The column is as high as its place; only on a screen smaller than a laptop's does it scroll.
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setId("moodNumbersScroll");
        rightScroll.setFitToWidth(true);
        rightScroll.setFitToHeight(true);
        rightScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // The form comes first on a laptop: the numbers beside it take what is left, down to a readable chart.
        rightScroll.setPrefWidth(400);
        rightScroll.setMinWidth(340);
        return new HBox(16, formColumn, rightScroll);
    }

    private Node statsView() {
        MoodStats now = vm.statsProperty().get();
        MoodStats before = vm.kind() == MoodKind.CHECK_OUT && vm.beforeProperty().get() != null
                ? vm.beforeStatsProperty().get() : null;
        MoodChart chart = new MoodChart(i18n, false);
        chart.compare(before, now);
        // A check-out without a check-in says so on the mean's line: a line of its own would cost the list its room.
        String meanKey = vm.kind() == MoodKind.CHECK_OUT && before == null ? "mood.meanNoCheckIn" : "mood.mean";
        Label mean = new Label(before == null ? i18n.t(meanKey, MoodWords.mean(i18n, now))
                : i18n.t("mood.meanCompare", MoodWords.mean(i18n, before), MoodWords.mean(i18n, now)));
        mean.setId("moodMean");
        mean.getStyleClass().add(Styles.TEXT_BOLD);
        mean.setWrapText(true);
        Node words = MoodWords.block(i18n, now, 6, false, "mood.words", "mood.words.none");
        return new VBox(6, chart.root(), mean, words);
    }

    private ListCell<MoodEntry> entryCell() {
        return new ListCell<>() {
            {
                setWrapText(true);
                // As wide as the list, not as the line: the text wraps instead of scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(MoodEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                String words = java.util.stream.Stream.concat(e.emotions().stream().map(w -> i18n.t(w.nameKey())),
                        e.ownWords().stream()).collect(Collectors.joining(", "));
                String who = e.participantId() == null ? "" : vm.participantName(e.participantId()).orElse("?") + ": ";
                String line = who + e.score() + (words.isEmpty() ? "" : " · " + words)
                        + (e.sentence().isEmpty() ? "" : " · “" + e.sentence() + "”");
                setText(line);
            }
        };
    }
}
