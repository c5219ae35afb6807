package org.zielbild.domain.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.Sessions;

/** Property: every coaching change that applies is undone exactly by its inverse, and applies the same way twice. */
class CoachingChangeInverseTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1234, 98765, 20261124})
    void theInverseRestoresTheSessionBeforeEveryChange(long seed) {
        RandomCoachingChanges changes = new RandomCoachingChanges(new Random(seed));
        Session s = new AddParticipants(java.util.List.of(new Participant("p1", "Ann", null),
                new Participant("p2", "Ben", null), new Participant("p3", "Cem", null)))
                .apply(Sessions.templateDay(Language.EN));
        int applied = 0;
        int undoable = 0;
        for (int step = 0; step < 600; step++) {
            Change c = changes.next(s);
            Session after;
            try {
                after = c.apply(s);
            } catch (DomainException refused) {
                continue;
            }
            assertThat(c.inverse(s).apply(after)).as("seed %d step %d: inverse of %s", seed, step, c).isEqualTo(s);
            assertThat(c.apply(s)).as("seed %d step %d: deterministic", seed, step).isEqualTo(after);
            undoable += c.undoable() ? 1 : 0;
            s = after;
            applied++;
        }
        assertThat(applied).as("seed %d: enough changes applied", seed).isGreaterThan(150);
        assertThat(undoable).isLessThan(applied); // the recorded "show ballot" is not undone
        assertThat(s.coaching().coaches()).as("seed %d: coaches were added", seed).isNotEmpty();
    }
}
