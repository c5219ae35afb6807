package org.zielbild.ui.modules.coaching.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.roster.Participant;

/**
 * The explanations are true: on small seeded random rounds (pins, forbidden pairs, partial and
 * missing ballots) every "why this coach" line is checked against trying every assignment. A tie
 * means an equally good assignment with the person there exists; "worse" names exactly the best
 * outcome possible with them there; "not possible" means no assignment puts them there.
 */
class WhyThisCoachBruteForceTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026, 31337})
    void everyExplanationMatchesTryingEveryAssignment(long seed) {
        Random random = new Random(seed);
        int checkedAlternatives = 0;
        int ties = 0;
        int worse = 0;
        for (int round = 0; round < 60; round++) {
            Session s = SmallInstances.random(random);
            BruteForce all = new BruteForce(s);
            for (CoachingPolicy policy : CoachingPolicy.values()) {
                AssignmentAdapter.Outcome outcome = AssignmentAdapter.compute(s, policy, random.nextInt(5), "r", Instant.EPOCH);
                Optional<List<Long>> best = all.best(policy, null, null);
                if (outcome instanceof AssignmentAdapter.Refused refused) {
                    assertThat(best).as("seed %d round %d %s: refused (%s) although possible", seed, round, policy,
                            refused.reason()).isEmpty();
                    continue;
                }
                AssignmentAdapter.Computed computed = (AssignmentAdapter.Computed) outcome;
                assertThat(all.key(policy, computed.engine().profile())).as("the engine is optimal").isEqualTo(best.orElseThrow());
                for (Participant p : s.roster().participants()) {
                    Explanation why = WhyThisCoach.explain(computed, p.id());
                    assertThat(why.coach().id()).isEqualTo(computed.run().placementOf(p.id()).orElseThrow().coachId());
                    List<String> ballot = s.coaching().ballotOf(p.id()).map(b -> b.ranking()).orElse(List.of());
                    int got = ballot.indexOf(why.coach().id()) + 1;
                    assertThat(why.rank()).isEqualTo(got);
                    boolean asked = !why.pinned() && !ballot.isEmpty() && got != 1;
                    int higher = got == 0 ? ballot.size() : got - 1;
                    assertThat(why.alternatives()).hasSize(asked ? higher : 0);
                    for (WhyThisCoach.Alternative a : why.alternatives()) {
                        assertThat(a.coach().id()).isEqualTo(ballot.get(a.rank() - 1));
                        Optional<List<Long>> there = all.best(policy, p.id(), a.coach().id());
                        String what = String.format("seed %d round %d %s: %s at %s", seed, round, policy, p.name(), a.coach().name());
                        switch (a.finding()) {
                            case FORBIDDEN, FULL_OF_PINS, IMPOSSIBLE -> assertThat(there).as(what).isEmpty();
                            case TIE -> {
                                assertThat(there).as(what).contains(best.get());
                                ties++;
                            }
                            case WORSE -> {
                                assertThat(there).as(what).isPresent();
                                assertThat(BruteForce.compare(there.get(), best.get())).as(what).isPositive();
                                assertThat(all.key(policy, a.with())).as(what).isEqualTo(there.get());
                                worse++;
                            }
                        }
                        checkedAlternatives++;
                    }
                }
            }
        }
        assertThat(checkedAlternatives).as("seed %d: alternatives were checked", seed).isGreaterThan(50);
        assertThat(ties).as("seed %d: ties occur", seed).isPositive();
        assertThat(worse).as("seed %d: losses occur", seed).isPositive();
    }
}
