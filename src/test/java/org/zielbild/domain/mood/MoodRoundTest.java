package org.zielbild.domain.mood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;
import org.zielbild.testing.BoardFixture;

class MoodRoundTest {

    private final BoardFixture f = new BoardFixture();

    private Session round(boolean anonymous) {
        return AddMoodRound.atEnd(MoodRound.start("r", f.stageId, MoodKind.CHECK_IN, anonymous, BoardFixture.T0))
                .apply(f.session);
    }

    private static MoodEntry entry(String id, String who, int score) {
        return new MoodEntry(id, who, score, List.of(Emotion.CURIOUS), List.of(), "");
    }

    @Test
    void anAnonymousRoundRefusesANameByConstruction() {
        Session s = round(true);
        assertThatThrownBy(() -> new AddMoodEntry("r", entry("e1", "p-ann", 3)).apply(s))
                .hasMessageContaining("error.mood.anonymous");
        Session ok = new AddMoodEntry("r", entry("e1", null, 3)).apply(s);
        assertThat(ok.moods().requireRound("r").entries()).extracting(MoodEntry::participantId).containsOnlyNulls();
    }

    @Test
    void aNamedRoundNeedsAParticipantOnceEach() {
        Session s = round(false);
        assertThatThrownBy(() -> new AddMoodEntry("r", entry("e1", null, 3)).apply(s)).hasMessageContaining("error.mood.whoIsIt");
        Session one = new AddMoodEntry("r", entry("e1", "p-ann", 3)).apply(s);
        assertThatThrownBy(() -> new AddMoodEntry("r", entry("e2", "p-ann", 4)).apply(one)).hasMessageContaining("error.mood.already");
    }

    @Test
    void entriesAreKeptInRandomIdOrderNotInTheOrderTheyCame() {
        Session s = round(true);
        s = new AddMoodEntry("r", entry("zz", null, 1)).apply(s);
        s = new AddMoodEntry("r", entry("aa", null, 5)).apply(s);
        s = new AddMoodEntry("r", entry("mm", null, 3)).apply(s);
        assertThat(s.moods().requireRound("r").entries()).extracting(MoodEntry::id).containsExactly("aa", "mm", "zz");
    }

    @Test
    void scoreWordsAndSentenceAreChecked() {
        Session s = round(true);
        assertThatThrownBy(() -> new AddMoodEntry("r", entry("e", null, 0)).apply(s)).hasMessageContaining("error.mood.score");
        assertThatThrownBy(() -> new AddMoodEntry("r", entry("e", null, 6)).apply(s)).hasMessageContaining("error.mood.score");
        MoodEntry four = new MoodEntry("e", null, 3, List.of(Emotion.ANGRY, Emotion.TIRED), List.of("stuck", "hungry"), "");
        assertThatThrownBy(() -> new AddMoodEntry("r", four).apply(s)).hasMessageContaining("error.mood.tooManyWords");
        MoodEntry twice = new MoodEntry("e", null, 3, List.of(), List.of("Stuck", "stuck"), "");
        assertThatThrownBy(() -> new AddMoodEntry("r", twice).apply(s)).hasMessageContaining("error.mood.wordTwice");
        MoodEntry clean = new MoodEntry("e", null, 3, List.of(Emotion.HOPEFUL), List.of("  stuck ", ""), " fine\nthanks ");
        MoodEntry stored = new AddMoodEntry("r", clean).apply(s).moods().requireRound("r").entries().get(0);
        assertThat(stored.ownWords()).containsExactly("stuck");
        assertThat(stored.sentence()).isEqualTo("fine thanks");
    }

    @Test
    void whileShownNothingIsAddedOrRemovedAndAllOfItIsUndoable() {
        Session s = new AddMoodEntry("r", entry("e1", null, 4)).apply(round(true));
        Session shown = new RevealMoodRound("r", true).apply(s);
        assertThatThrownBy(() -> new AddMoodEntry("r", entry("e2", null, 2)).apply(shown)).hasMessageContaining("error.mood.revealed");
        assertThatThrownBy(() -> new RemoveMoodEntry("r", "e1").apply(shown)).hasMessageContaining("error.mood.revealed");
        for (Change c : List.<Change>of(new RevealMoodRound("r", true), new RemoveMoodEntry("r", "e1"),
                new AddMoodEntry("r", entry("e3", null, 1)), new RemoveMoodRound("r"))) {
            assertThat(c.inverse(s).apply(c.apply(s))).as(c.toString()).isEqualTo(s);
        }
        Session revealedRemoved = new RemoveMoodRound("r").apply(shown);
        assertThat(new RemoveMoodRound("r").inverse(shown).apply(revealedRemoved)).isEqualTo(shown);
    }

    @Test
    void theLatestCheckInIsFoundForTheCheckOut() {
        Session s = round(true);
        String closing = s.agenda().stages().get(6).id();
        s = AddMoodRound.atEnd(MoodRound.start("out", closing, MoodKind.CHECK_OUT, true, BoardFixture.T0)).apply(s);
        assertThat(s.moods().latest(MoodKind.CHECK_IN)).map(MoodRound::id).contains("r");
        assertThat(s.moods().latestOf(closing)).map(MoodRound::id).contains("out");
    }
}
