package org.zielbild.ui.modules.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.coaching.RunPlacement;

/**
 * Privacy by construction: the wall is built from {@link CoachingFeed} alone, and what it carries
 * ({@link CoachingRoom}) cannot hold a ballot, a run's placements (each with its rank) or the session:
 * no component of it, however deep, is of such a type or names a rank.
 */
class WallHoldsNoRankingTest {

    private static final Set<Class<?>> PRIVATE = Set.of(CoachBallot.class, RunPlacement.class, AssignmentRun.class,
            Coaching.class, org.zielbild.domain.Session.class);

    @Test
    void nothingTheWallIsGivenCanHoldARanking() throws Exception {
        Set<String> seen = new HashSet<>();
        walk(CoachingRoom.class, "CoachingRoom", seen);
        assertThat(seen).contains("CoachingRoom.groups.names", "CoachingRoom.byRank", "CoachingRoom.current.name");
        assertThat(CoachingFeed.class.getDeclaredFields()).extracting(f -> f.getType().getSimpleName())
                .containsExactly("ReadOnlyObjectProperty");
        assertThat(CoachingProjection.class.getDeclaredConstructors()[0].getParameterTypes())
                .containsExactly(CoachingFeed.class, org.zielbild.ui.common.I18n.class);
    }

    @Test
    void theRoomOfARealRoundNamesNoOnesRank() {
        CoachingFixture f = new CoachingFixture(Language.EN);
        f.fourCoaches();
        String anna = f.coachId("Anna Weber");
        for (String p : List.of("p1", "p2", "p3", "p4")) {
            f.vm.ranking().cast(p, List.of(anna));
        }
        f.vm.result().compute();
        f.vm.result().announce(true);
        String room = f.vm.feed().room().toString();
        for (CoachBallot b : f.session().coaching().ballots()) {
            assertThat(room).doesNotContain(b.participantId());
        }
        assertThat(room).doesNotContain("rank=", "ranking=", "RANKED", "UNRANKED");
    }

    private static void walk(Type type, String path, Set<String> seen) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        assertThat(PRIVATE).as("%s may not reach the wall", path).doesNotContain(raw);
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                walk(arg, path, seen);
            }
            return;
        }
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                String here = path + "." + c.getName();
                // byRank is the histogram (counts for the room); a person's rank or ranking has no place here.
                assertThat(c.getName()).as(here).isNotIn("rank", "ranking", "rankings", "ballot", "ballots", "placements");
                if (seen.add(here)) {
                    walk(c.getGenericType(), here, seen);
                }
            }
        }
    }
}
