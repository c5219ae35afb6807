package org.zielbild.domain.mood;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The numbers a mood round adds up to: the same for the laptop, the wall and (later) the minutes. */
class MoodStatsTest {

    private static MoodRound round(MoodEntry... entries) {
        return new MoodRound("r", "s", MoodKind.CHECK_IN, true, true, List.of(entries), Instant.EPOCH);
    }

    private static MoodEntry entry(String id, int score, List<Emotion> emotions, List<String> own) {
        return new MoodEntry(id, null, score, emotions, own, "");
    }

    @Test
    void noRoundAndAnEmptyRoundAddUpToNothing() {
        assertThat(MoodStats.of(null)).isEqualTo(MoodStats.EMPTY);
        MoodStats empty = MoodStats.of(round());
        assertThat(empty).isEqualTo(MoodStats.EMPTY);
        assertThat(empty.counts()).containsExactly(0, 0, 0, 0, 0);
        assertThat(empty.mean()).isZero();
        assertThat(empty.max()).isZero();
        assertThat(empty.top(3)).isEmpty();
    }

    @Test
    void countsPerScoreTotalAndMean() {
        MoodStats s = MoodStats.of(round(entry("a", 1, List.of(), List.of()), entry("b", 4, List.of(), List.of()),
                entry("c", 4, List.of(), List.of()), entry("d", 5, List.of(), List.of())));
        assertThat(s.counts()).containsExactly(1, 0, 0, 2, 1);
        assertThat(s.total()).isEqualTo(4);
        assertThat(s.mean()).isEqualTo(3.5);
        assertThat(s.max()).isEqualTo(2);
    }

    @Test
    void wordsAreCountedMostCommonFirstAndOwnWordsMergeWhateverTheirCase() {
        MoodStats s = MoodStats.of(round(
                entry("a", 2, List.of(Emotion.TIRED, Emotion.CURIOUS), List.of("Müde")),
                entry("b", 3, List.of(Emotion.CURIOUS), List.of("müde")),
                entry("c", 3, List.of(Emotion.TIRED), List.of("MÜDE", "hungry")),
                entry("d", 4, List.of(Emotion.ANGRY), List.of("awake"))));
        assertThat(s.words()).containsExactly(
                new MoodStats.Word(null, "Müde", 3),
                // Ties: list words in list order (ANGRY before TIRED before CURIOUS), then own words alphabetically.
                new MoodStats.Word(Emotion.TIRED, null, 2),
                new MoodStats.Word(Emotion.CURIOUS, null, 2),
                new MoodStats.Word(Emotion.ANGRY, null, 1),
                new MoodStats.Word(null, "awake", 1),
                new MoodStats.Word(null, "hungry", 1));
        assertThat(s.top(2)).extracting(MoodStats.Word::count).containsExactly(3, 2);
        assertThat(s.top(99)).hasSize(6);
    }

    @Test
    void theNumbersDoNotDependOnTheOrderEntriesCameIn() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<MoodEntry> entries = new ArrayList<>();
            int n = random.nextInt(25);
            for (int i = 0; i < n; i++) {
                Emotion[] all = Emotion.values();
                entries.add(entry(String.format("e%03d", random.nextInt(1000)) + i, 1 + random.nextInt(5),
                        List.of(all[random.nextInt(all.length)]), random.nextBoolean() ? List.of("w" + random.nextInt(4)) : List.of()));
            }
            List<MoodEntry> shuffled = new ArrayList<>(entries);
            java.util.Collections.shuffle(shuffled, random);
            MoodStats a = MoodStats.of(round(entries.toArray(MoodEntry[]::new)));
            MoodStats b = MoodStats.of(round(shuffled.toArray(MoodEntry[]::new)));
            assertThat(b).isEqualTo(a);
            assertThat(a.total()).isEqualTo(n);
            assertThat(java.util.Arrays.stream(a.counts()).sum()).isEqualTo(n);
            assertThat(a.mean()).isEqualTo(n == 0 ? 0 : entries.stream().mapToInt(MoodEntry::score).average().orElse(0));
        }
    }
}
