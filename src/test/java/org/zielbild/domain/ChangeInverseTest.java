package org.zielbild.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zielbild.testing.RandomChanges;
import org.zielbild.testing.Sessions;

/** Property: for every change that applies, its inverse takes the session back exactly. */
class ChangeInverseTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1234, 98765, 20261123})
    void inverseRestoresTheSessionBeforeEveryChange(long seed) {
        RandomChanges changes = new RandomChanges(new Random(seed));
        Session s = Sessions.templateDay(Language.EN);
        int applied = 0;
        for (int step = 0; step < 400; step++) {
            Change c = changes.next(s);
            Session after;
            try {
                after = c.apply(s);
            } catch (DomainException refused) {
                continue;
            }
            Change inverse = c.inverse(s);
            assertThat(inverse.apply(after)).as("seed %d step %d: inverse of %s", seed, step, c).isEqualTo(s);
            assertThat(c.apply(s)).as("seed %d step %d: applying is deterministic", seed, step).isEqualTo(after);
            s = after;
            applied++;
        }
        assertThat(applied).as("seed %d: enough changes applied to mean something", seed).isGreaterThan(100);
    }
}
