package org.zielbild.ui.kit.mood;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Session;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodStats;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipants;
import org.zielbild.testing.SessionModelFixture;

class MoodRoundViewModelTest {

    private final SessionModelFixture t = new SessionModelFixture();
    private final MoodRoundViewModel checkIn = new MoodRoundViewModel(t.model, t.fixture.stageId, MoodKind.CHECK_IN, t.ids, t.clock);
    // Record components only, as the store writes them (a helper such as TargetPicture.isEmpty() is no property).
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.ALL,
                    com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
            .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.FIELD,
                    com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY);

    private Participant person(int i) {
        return t.model.session().roster().participants().get(i);
    }

    @Test
    void anAnonymousRoundStoresNoNameAndNoParticipantId() throws Exception {
        assertThat(checkIn.anonymousProperty().get()).as("anonymous by default").isTrue();
        checkIn.start();
        checkIn.add(null, 2, List.of(Emotion.FRUSTRATED, Emotion.TIRED), List.of("Stuck"), "Too much at once");
        checkIn.add(null, 4, List.of(Emotion.HOPEFUL), List.of(), "");
        // Even a caller that passes someone cannot get a name into an anonymous round.
        assertThat(checkIn.add(person(0), 5, List.of(), List.of(), "")).isFalse();

        String stored = json.writeValueAsString(t.model.session());
        JsonNode moods = json.readTree(stored).get("moods");
        String moodsJson = moods.toString();
        for (Participant p : t.model.session().roster().participants()) {
            assertThat(moodsJson).doesNotContain(p.name()).doesNotContain(p.id());
        }
        for (JsonNode entry : moods.get("rounds").get(0).get("entries")) {
            assertThat(entry.get("participantId").isNull()).isTrue();
        }
        assertThat(moods.get("rounds").get(0).get("entries")).hasSize(2);
        // The whole session reads back as it was (the store's JSON will be richer, but Jackson on the record components works).
        assertThat(json.readValue(stored, Session.class)).isEqualTo(t.model.session());
    }

    @Test
    void aNamedRoundIsChosenBeforeItStartsAndThenStoresWhoItIs() throws Exception {
        checkIn.anonymousProperty().set(false);
        checkIn.start();
        assertThat(checkIn.round()).map(r -> r.anonymous()).contains(false);
        assertThat(checkIn.add(person(1), 3, List.of(), List.of(), "")).isTrue();
        assertThat(checkIn.waiting()).doesNotContain(person(1)).contains(person(0));
        String moodsJson = json.readTree(json.writeValueAsString(t.model.session())).get("moods").toString();
        assertThat(moodsJson).contains(person(1).id());
        // Once started it stays named, whatever the checkbox says.
        checkIn.anonymousProperty().set(true);
        assertThat(checkIn.add(null, 3, List.of(), List.of(), "")).isFalse();
        assertThat(checkIn.problemProperty().get().key()).isEqualTo("error.mood.whoIsIt");
    }

    @Test
    void aNamedRoundNeedsParticipantsAnAnonymousOneDoesNot() {
        List<String> everyone = t.model.session().roster().participants().stream().map(Participant::id).toList();
        assertThat(t.model.apply(new RemoveParticipants(everyone))).isTrue();
        assertThat(checkIn.noParticipantsProperty().get()).isTrue();
        assertThat(checkIn.canStart().get()).as("anonymous starts without anyone").isTrue();
        checkIn.anonymousProperty().set(false);
        assertThat(checkIn.canStart().get()).as("named, nobody to name").isFalse();
        assertThat(checkIn.start()).isFalse();
        assertThat(checkIn.round()).isEmpty();

        assertThat(t.model.apply(AddParticipant.atEnd(new Participant("p-new", "Ada", null)))).isTrue();
        assertThat(checkIn.noParticipantsProperty().get()).isFalse();
        assertThat(checkIn.canStart().get()).isTrue();
        assertThat(checkIn.start()).isTrue();
        assertThat(checkIn.canStart().get()).as("once started, not again").isFalse();
    }

    @Test
    void statsCountScoresMeanAndWordsAcrossListAndOwnWords() {
        checkIn.start();
        checkIn.add(null, 1, List.of(Emotion.ANGRY), List.of("stuck"), "");
        checkIn.add(null, 2, List.of(Emotion.ANGRY, Emotion.TIRED), List.of(), "");
        checkIn.add(null, 5, List.of(), List.of("Stuck", "relieved"), "");
        MoodStats s = checkIn.statsProperty().get();
        assertThat(s.counts()).containsExactly(1, 1, 0, 0, 1);
        assertThat(s.mean()).isEqualTo(8 / 3.0);
        assertThat(s.words().get(0)).isEqualTo(new MoodStats.Word(Emotion.ANGRY, null, 2));
        assertThat(s.words().get(1).text()).isEqualTo("stuck");
        assertThat(s.words().get(1).count()).isEqualTo(2);
    }

    @Test
    void revealHidesTheFormAndTheCheckOutComparesWithTheCheckIn() {
        checkIn.start();
        checkIn.add(null, 2, List.of(), List.of(), "");
        assertThat(checkIn.reveal(true)).isTrue();
        assertThat(checkIn.add(null, 3, List.of(), List.of(), "")).isFalse();
        String closing = t.model.session().agenda().stages().get(6).id();
        MoodRoundViewModel checkOut = new MoodRoundViewModel(t.model, closing, MoodKind.CHECK_OUT, t.ids, t.clock);
        assertThat(checkOut.beforeStatsProperty().get().counts()).containsExactly(0, 1, 0, 0, 0);
        checkOut.start();
        checkOut.add(null, 4, List.of(), List.of(), "");
        assertThat(checkOut.statsProperty().get().mean()).isEqualTo(4.0);
        assertThat(checkOut.beforeStatsProperty().get().mean()).isEqualTo(2.0);
    }

    @Test
    void startingAddingRevealingAndDiscardingAreUndoable() {
        Session start = t.model.session();
        checkIn.start();
        checkIn.add(null, 3, List.of(Emotion.CALM), List.of(), "");
        checkIn.reveal(true);
        checkIn.discard();
        assertThat(checkIn.round()).isEmpty();
        for (int i = 0; i < 4; i++) {
            t.model.undo();
        }
        assertThat(t.model.session()).isEqualTo(start);
    }
}
