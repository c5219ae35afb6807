package org.zielbild.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.SetParticipantPresent;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.testing.TargetFixture;

/**
 * Property, seeded: random target-picture changes (valid and invalid mixed) either are refused and
 * change nothing, or apply deterministically and their inverse takes the session back exactly.
 */
class TargetInversePropertyTest {

    private static final String[] TEXTS = {"We laugh more.", "  ", "Kunden lieben uns jeden Montag.", "x".repeat(700),
        "Every team ships on Fridays.", "95 %"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11, 99, 4242, 20261201})
    void everyAppliedChangeIsUndoneByItsInverse(long seed) {
        Random random = new Random(seed);
        TargetFixture f = new TargetFixture();
        Session s = f.session;
        int applied = 0;
        for (int step = 0; step < 600; step++) {
            Change c = next(random, s, f, step);
            Session after;
            try {
                after = c.apply(s);
            } catch (DomainException refused) {
                continue;
            }
            assertThat(c.inverse(s).apply(after)).as("seed %d step %d: inverse of %s", seed, step, c).isEqualTo(s);
            assertThat(c.apply(s)).as("deterministic").isEqualTo(after);
            s = after;
            applied++;
        }
        assertThat(applied).isGreaterThan(200);
    }

    private static Change next(Random r, Session s, TargetFixture f, int step) {
        List<Statement> st = s.target().statements();
        String sid = st.isEmpty() || r.nextInt(10) == 0 ? "missing" : st.get(r.nextInt(st.size())).id();
        String open = s.target().openRound().map(RatingRound::id).orElse("missing");
        String any = s.target().rounds().isEmpty() ? "missing"
                : s.target().rounds().get(r.nextInt(s.target().rounds().size())).id();
        String text = TEXTS[r.nextInt(TEXTS.length)];
        Answer[] answers = Answer.values();
        return switch (r.nextInt(16)) {
            case 0 -> new AddStatement(Statement.of("s" + step, text, r.nextBoolean() ? "" : "in 2 years"), r.nextInt(5) - 1);
            case 1 -> new RemoveStatement(sid);
            case 2 -> new EditStatementText(sid, text);
            case 3 -> new MoveStatement(sid, r.nextInt(Math.max(1, st.size() + 1)));
            case 4 -> new SetStatementColor(sid, r.nextBoolean() ? null : TeamColor.forIndex(r.nextInt(8)));
            case 5 -> new MarkRework(sid, r.nextBoolean());
            case 6 -> new DismissHint(sid, VividnessHint.values()[r.nextInt(4)], r.nextBoolean());
            case 7 -> {
                List<RoundItem> items = new ArrayList<>();
                st.stream().filter(x -> r.nextBoolean()).forEach(x -> items.add(RoundItem.of(x)));
                if (r.nextBoolean()) {
                    items.add(RoundItem.wholePicture());
                }
                yield StartRatingRound.atEnd(RatingRound.start("r" + step, f.stageId, RatingMode.values()[r.nextInt(2)],
                        CountingBase.values()[r.nextInt(2)], Threshold.values()[r.nextInt(3)], r.nextInt(8),
                        r.nextInt(3) > 0, items, null));
            }
            case 8 -> new SetHandCounts(open, r.nextInt(3), new HandCounts(r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(5)));
            case 9, 10 -> {
                int n = s.target().openRound().map(x -> x.items().size()).orElse(1);
                List<BallotAnswer> a = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    a.add(new BallotAnswer(answers[r.nextInt(3)], answers[r.nextInt(3)]));
                }
                String who = r.nextBoolean() ? null : f.board.people.get(r.nextInt(4));
                yield new CastRatingBallot(open, new RatingBallot("b" + step, who, a));
            }
            case 11 -> new SetRoundPresent(open, r.nextInt(10));
            case 12 -> new RevealRatingRound(any, r.nextInt(4) > 0);
            case 13 -> new DiscardRatingRound(any);
            case 14 -> new SetParticipantPresent(f.board.people.get(r.nextInt(4)), r.nextBoolean());
            default -> s.target().openRound().flatMap(x -> x.ballots().stream().findFirst())
                    .<Change>map(b -> new WithdrawRatingBallot(open, b.id()))
                    .orElse(RecordUnmetReason.atEnd(new UnmetReason("u" + step, f.stageId, text, null, null)));
        };
    }
}
