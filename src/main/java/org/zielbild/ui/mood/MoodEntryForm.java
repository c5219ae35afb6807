package org.zielbild.ui.mood;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.domain.Emotion;
import org.zielbild.domain.MoodEntry;
import org.zielbild.domain.MoodRound;
import org.zielbild.domain.Participant;
import org.zielbild.ui.common.I18n;

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
    private final List<ToggleButton> emotionButtons = new ArrayList<>();
    private final ObservableList<String> ownWords = FXCollections.observableArrayList();
    private final FlowPane ownChips = new FlowPane(6, 6);
    private final TextField ownWord = new TextField();
    private final TextField sentence = new TextField();
    private final ComboBox<Participant> who;
    private final HBox whoRow;
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
            b.setMinWidth(large ? 150 : 92);
            scoreRow.getChildren().add(b);
        }
        Label wordsTitle = new Label(i18n.t("mood.form.words", MoodEntry.MAX_WORDS));
        wordsTitle.getStyleClass().add("mood-form-heading");
        FlowPane emotions = new FlowPane(6, 6);
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
        ownWord.setPrefColumnCount(16);
        ownWord.setOnAction(e -> addOwnWord());
        Button addWord = new Button(i18n.t("mood.form.addWord"));
        addWord.setOnAction(e -> addOwnWord());
        ownWords.addListener((javafx.collections.ListChangeListener<String>) c -> showOwnWords());
        // German labels run longer: the button keeps its text, the field and the chips give way.
        addWord.setMinWidth(Region.USE_PREF_SIZE);
        ownWord.setMinWidth(120);
        ownChips.setMinWidth(0);
        HBox.setHgrow(ownChips, Priority.ALWAYS);
        HBox ownRow = new HBox(8, ownWord, addWord, ownChips);
        ownRow.setAlignment(Pos.CENTER_LEFT);
        sentence.setId("moodSentence");
        sentence.setPromptText(i18n.t("mood.form.sentence"));
        who.setId("moodWho");
        who.setPromptText(i18n.t("mood.form.who"));
        who.setCellFactory(l -> personCell());
        who.setButtonCell(personCell());
        whoRow = new HBox(8, new Label(i18n.t("mood.form.whoLabel")), who);
        whoRow.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("moodProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.problemProperty().get() == null ? ""
                : i18n.text(vm.problemProperty().get()), vm.problemProperty()));
        root.getChildren().addAll(whoRow, scoreTitle, scoreRow, wordsTitle, emotions, ownRow, sentence, problem);
        vm.roundProperty().addListener((obs, o, n) -> showWho(n));
        showWho(vm.roundProperty().get());
        // Digits choose the score, unless the person is typing a word or a sentence.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
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

    public VBox root() {
        return root;
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
        scores.selectToggle(null);
        emotionButtons.forEach(b -> b.setSelected(false));
        ownWords.clear();
        ownWord.clear();
        sentence.clear();
        who.setValue(null);
        vm.clearProblem();
    }

    public void focus() {
        if (whoRow.isVisible()) {
            who.requestFocus();
        } else {
            ((ToggleButton) scores.getToggles().get(0)).requestFocus();
        }
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
        ownChips.getChildren().clear();
        for (String w : ownWords) {
            Button chip = new Button(w + "  ×");
            chip.getStyleClass().addAll("emotion-chip", Styles.SMALL);
            chip.setOnAction(e -> ownWords.remove(w));
            ownChips.getChildren().add(chip);
        }
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
