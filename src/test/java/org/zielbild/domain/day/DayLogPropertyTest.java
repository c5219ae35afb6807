package org.zielbild.domain.day;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.testing.DaySessions;

/**
 * Random sequences of timer presses at random moments (seeded; the seed is in every failure
 * message): the day log stays consistent whatever the facilitator presses.
 */
class DayLogPropertyTest {

    private static final int RUNS = 300;

    @Test
    void randomPressesKeepTheDayLogConsistent() {
        long base = 0x5EED_2026L;
        for (int run = 0; run < RUNS; run++) {
            long seed = base + run;
            check(seed);
        }
    }

    private static void check(long seed) {
        Random random = new Random(seed);
        Session s = DaySessions.templateDay(Language.EN);
        List<String> ids = s.agenda().stages().stream().map(Stage::id).toList();
        Instant now = DaySessions.NINE;
        List<Change> applied = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            now = now.plusSeconds(random.nextInt(20 * 60));
            Change press = randomPress(random, ids, now);
            try {
                s = press.apply(s);
                applied.add(press);
            } catch (DomainException refused) {
                // refused presses are simply not applied, as in the app
            }
            String at = "seed " + seed + " step " + step + " " + press;
            assertThat(s.dayLog().runs().stream().filter(StageRun::live).count()).as(at).isLessThanOrEqualTo(1);
            assertThat(s.dayLog().runs().stream().map(StageRun::stageId).distinct().count()).as(at)
                    .isEqualTo(s.dayLog().runs().size());
            for (StageRun r : s.dayLog().runs()) {
                Duration active = r.timing().activeTime(now);
                assertThat(active).as(at).isLessThanOrEqualTo(Duration.between(r.timing().started(), now));
                assertThat(r.timing().activeTime(now.plusSeconds(90))).as(at).isGreaterThanOrEqualTo(active);
                if (!r.timing().running()) {
                    assertThat(r.timing().activeTime(now.plusSeconds(90))).as(at).isEqualTo(active);
                }
            }
        }
        Session replayed = DaySessions.templateDay(Language.EN);
        for (Change c : applied) {
            replayed = c.apply(replayed);
        }
        assertThat(replayed).as("seed %d: replay gives the same day", seed).isEqualTo(s);
    }

    private static Change randomPress(Random random, List<String> ids, Instant now) {
        TimerTarget target = random.nextInt(4) == 0 ? TimerTarget.FREE : TimerTarget.STAGE;
        return switch (random.nextInt(9)) {
            case 0, 1 -> new StartStage(ids.get(random.nextInt(ids.size())), now);
            case 2 -> new EndStage(now);
            case 3 -> new PauseTimer(target, now);
            case 4 -> new ResumeTimer(target, now);
            case 5 -> new ExtendTimer(target, random.nextInt(11) - 5);
            case 6 -> new ResetTimer(target, now);
            case 7 -> new StartFreeTimer(1 + random.nextInt(20), "", now);
            default -> new StopFreeTimer();
        };
    }
}
