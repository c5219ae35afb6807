package org.zielbild.ui.kit.mood;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.KeyClaims;

/**
 * One person's mood: a score (keys 1–5 work too), up to three words from the list or their own,
 * an optional sentence, and, in a named round only, who it is from. The facilitator's entry and
 * the private screen use the same form.
 */
public final class MoodEntryForm {

    private final MoodRoundViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(12);
    private final ToggleGroup scores = new ToggleGroup();
    /** Whether the form empties itself: only then may the score be unchosen. */
    private boolean clearing;
    private final List<ToggleButton> emotionButtons = new ArrayList<>();
    private final ObservableList<String> ownWords = FXCollections.observableArrayList();
    /** The emotion words and, after them, the person's own words as chips that remove themselves. */
    private final FlowPane emotions = new FlowPane(6, 6);
    private final List<Button> ownChips = new ArrayList<>();
    private final HBox sentenceRow = new HBox(8);
    private final BooleanProperty needScore = new SimpleBooleanProperty();
    private final TextField ownWord = new TextField();
    private final TextField sentence = new TextField();
    private final ComboBox<Participant> who;
    private final HBox whoRow;
    private final javafx.beans.value.ObservableBooleanValue problemShown;
    private Runnable afterSubmit = () -> { };

    public MoodEntryForm(MoodRoundViewModel vm, I18n i18n, boolean large) {
        this.vm = vm;
        this.i18n = i18n;
        this.who = new ComboBox<>(vm.waiting());
        root.getStyleClass().addAll("mood-form", large ? "mood-form-large" : "mood-form-small");
        Label scoreTitle = new Label(i18n.t("mood.form.score"));
        scoreTitle.getStyleClass().add("mood-form-heading");
        HBox scoreRow = new HBox(8);
        for (int s = MoodEntry.MIN_SCORE; s <= MoodEntry.MAX_SCORE; s++) {
            ToggleButton b = new ToggleButton(s + "\n" + i18n.t("mood.score." + s));
            b.setId("moodScore" + s);
            b.setUserData(s);
            b.setToggleGroup(scores);
            b.getStyleClass().addAll("mood-score-button", "mood-score-" + s);
            b.setWrapText(true);
            // Narrow: the caption wraps ("sehr / schlecht") rather than the row running out of the form.
            b.setMinWidth(large ? 120 : 72);
            b.setMaxWidth(large ? 220 : 130);
            HBox.setHgrow(b, Priority.ALWAYS);
            scoreRow.getChildren().add(b);
        }
        Label wordsTitle = new Label(i18n.t("mood.form.words", MoodEntry.MAX_WORDS));
        wordsTitle.getStyleClass().add("mood-form-heading");
        emotions.setMinWidth(0);
        for (Emotion e : Emotion.values()) {
            ToggleButton b = new ToggleButton(i18n.t(e.nameKey()));
            b.setId("emotion-" + e.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(e);
            b.getStyleClass().add("emotion-chip");
            b.selectedProperty().addListener((obs, o, n) -> limitWords());
            emotionButtons.add(b);
            emotions.getChildren().add(b);
        }
        ownWord.setId("moodOwnWord");
        ownWord.setPromptText(i18n.t("mood.form.ownWord"));
        ownWord.setPrefColumnCount(18);
        ownWord.setOnAction(e -> addOwnWord());
        Button addWord = new Button(i18n.t("mood.form.addWord"));
        addWord.setId("moodAddWord");
        addWord.setOnAction(e -> addOwnWord());
        ownWords.addListener((javafx.collections.ListChangeListener<String>) c -> showOwnWords());
        // German labels run longer: the button keeps its text, the field gives way but never below its prompt.
        addWord.setMinWidth(Region.USE_PREF_SIZE);
        ownWord.setMinWidth(Region.USE_PREF_SIZE);
        HBox ownRow = new HBox(8, ownWord, addWord);
        ownRow.setAlignment(Pos.CENTER_LEFT);
        sentence.setId("moodSentence");
        sentence.setPromptText(i18n.t("mood.form.sentence"));
        sentence.setPrefColumnCount(20);
        sentence.setMinWidth(Region.USE_PREF_SIZE);
        // A one-line field: Enter gives the mood (and, being handled here, reaches no default button).
        sentence.setOnAction(e -> {
            e.consume();
            submit();
        });
        HBox.setHgrow(sentence, Priority.ALWAYS);
        sentenceRow.getChildren().add(sentence);
        sentenceRow.setAlignment(Pos.CENTER_LEFT);
        who.setId("moodWho");
        // An empty list (no participants yet, or everyone has given a mood) says so instead of asking.
        who.promptTextProperty().bind(Bindings.createStringBinding(() -> i18n.t(vm.waiting().isEmpty()
                ? "mood.form.nobody" : "mood.form.who"), vm.waiting()));
        Label nobody = new Label(i18n.t("mood.form.nobodyHint"));
        nobody.setWrapText(true);
        nobody.setMaxWidth(320);
        who.setPlaceholder(nobody);
        who.setCellFactory(l -> personCell());
        who.setButtonCell(personCell());
        Label whoLabel = new Label(i18n.t("mood.form.whoLabel"));
        whoLabel.setMinWidth(Region.USE_PREF_SIZE);
        whoRow = new HBox(8, whoLabel, who);
        whoRow.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("moodProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.problemProperty().get() != null
                ? i18n.text(vm.problemProperty().get()) : needScore.get() ? i18n.t("mood.form.needScore") : "",
                vm.problemProperty(), needScore));
        // No empty line under the form while there is nothing to say.
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        problemShown = problem.managedProperty();
        scores.selectedToggleProperty().addListener((obs, o, n) -> {
            needScore.set(false);
            if (n == null && o != null && !clearing) {
                // Clicking the chosen score again keeps it: a mood without a score could not be added,
                // and the sentence typed so far would be left for the next person (issue 15).
                scores.selectToggle(o);
            }
        });
        // On the private screen its title already asks how the person feels.
        VBox scoreGroup = large ? new VBox(6, scoreRow) : new VBox(6, scoreTitle, scoreRow);
        root.getChildren().addAll(whoRow, scoreGroup, new VBox(6, wordsTitle, emotions, ownRow), sentenceRow, problem);
        vm.roundProperty().addListener((obs, o, n) -> showWho(n));
        showWho(vm.roundProperty().get());
        scoreKeys(root);
        scoreKeys(whoRow);
    }

    public VBox root() {
        return root;
    }

    /** Puts {@code action} (the panel's "Add mood") at the end of the sentence line, where Enter submits too. */
    public void addToSentenceRow(Region action) {
        action.setMinWidth(Region.USE_PREF_SIZE);
        sentenceRow.getChildren().add(action);
    }

    /**
     * The "From" row of a named round, taken out of the form for a host that has a better place
     * for it (the panel puts it beside its title, where it costs no line); it still shows only in
     * named rounds.
     */
    public Node takeWhoRow() {
        root.getChildren().remove(whoRow);
        return whoRow;
    }

    /** True while the form says why a mood was not added (a host may scroll it into view). */
    public javafx.beans.value.ObservableBooleanValue problemShown() {
        return problemShown;
    }

    public void setAfterSubmit(Runnable action) {
        this.afterSubmit = action;
    }

    /** True when a score is chosen (the one thing every entry needs). */
    public javafx.beans.binding.BooleanBinding ready() {
        return scores.selectedToggleProperty().isNotNull();
    }

    /** Adds the entry; the form is cleared only when it was accepted. */
    public boolean submit() {
        if (!ownWord.getText().isBlank()) {
            addOwnWord();
        }
        if (scores.getSelectedToggle() == null) {
            needScore.set(true);
            return false;
        }
        int score = (Integer) scores.getSelectedToggle().getUserData();
        List<Emotion> chosen = emotionButtons.stream().filter(ToggleButton::isSelected).map(b -> (Emotion) b.getUserData()).toList();
        MoodRound r = vm.roundProperty().get();
        Participant p = r != null && !r.anonymous() ? who.getValue() : null;
        if (vm.add(p, score, chosen, List.copyOf(ownWords), sentence.getText())) {
            clear();
            afterSubmit.run();
            return true;
        }
        return false;
    }

    public void clear() {
        clearing = true;
        scores.selectToggle(null);
        clearing = false;
        emotionButtons.forEach(b -> b.setSelected(false));
        ownWords.clear();
        ownWord.clear();
        sentence.clear();
        who.setValue(null);
        needScore.set(false);
        vm.clearProblem();
    }

    /** Focus on the first question: who it is from in a named round, else the first score. */
    public void focus() {
        Node first = whoRow.isVisible() ? who : (ToggleButton) scores.getToggles().get(0);
        if (first.getScene() != null) {
            first.requestFocus();
            return;
        }
        // Inside a scroll pane the form joins the scene only once the pane has its skin (next pulse).
        first.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene o, Scene n) {
                if (n != null) {
                    first.sceneProperty().removeListener(this);
                    first.requestFocus();
                }
            }
        });
    }

    /**
     * Digits choose the score, unless the person is typing a word or a sentence; in the session
     * window they would otherwise be shortcuts ("5" adds five minutes to the timer).
     */
    private void scoreKeys(Node area) {
        KeyClaims.claim(area, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.NUMPAD1, KeyCode.NUMPAD2, KeyCode.NUMPAD3, KeyCode.NUMPAD4, KeyCode.NUMPAD5);
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.getTarget() instanceof TextField) {
                return;
            }
            String c = e.getCharacter();
            if (c.length() == 1 && c.charAt(0) >= '1' && c.charAt(0) <= '5') {
                scores.getToggles().get(c.charAt(0) - '1').setSelected(true);
                e.consume();
            }
        });
    }

    private void addOwnWord() {
        String w = org.zielbild.domain.Texts.singleLine(ownWord.getText());
        if (!w.isEmpty() && ownWords.size() + selectedCount() < MoodEntry.MAX_WORDS && !ownWords.contains(w)) {
            ownWords.add(w);
        }
        ownWord.clear();
    }

    private long selectedCount() {
        return emotionButtons.stream().filter(ToggleButton::isSelected).count();
    }

    private void limitWords() {
        boolean full = selectedCount() + ownWords.size() >= MoodEntry.MAX_WORDS;
        emotionButtons.forEach(b -> b.setDisable(full && !b.isSelected()));
        ownWord.setDisable(full);
    }

    private void showOwnWords() {
        emotions.getChildren().removeAll(ownChips);
        ownChips.clear();
        for (String w : ownWords) {
            Button chip = new Button(w + "  ×");
            chip.getStyleClass().addAll("emotion-chip", "own-word-chip");
            chip.setOnAction(e -> ownWords.remove(w));
            ownChips.add(chip);
        }
        emotions.getChildren().addAll(ownChips);
        limitWords();
    }

    private void showWho(MoodRound r) {
        boolean named = r != null && !r.anonymous();
        whoRow.setVisible(named);
        whoRow.setManaged(named);
    }

    private ListCell<Participant> personCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Participant p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name());
            }
        };
    }
}
