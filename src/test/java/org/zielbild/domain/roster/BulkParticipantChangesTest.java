package org.zielbild.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.testing.Sessions;

/** The one-pass changes for many participants behave exactly like their one-by-one counterparts. */
class BulkParticipantChangesTest {

    private static final String[] NAMES = {"Anna", "anna", "Ben", "Mu\u0308ller", "Müller", "Zoë", " ", "Çağla", "ÇAĞLA"};

    private static Session withTeam() {
        return AddTeam.atEnd(new Team("t1", "Sales", TeamColor.BLUE)).apply(Sessions.empty());
    }

    private static String refusal(Change c, Session s) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> c.apply(s));
        return e == null ? null : e.userMessage().key();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 5, 77, 2026})
    void addingManyEqualsAddingOneByOneIncludingRefusals(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            Session base = withTeam();
            if (random.nextBoolean()) {
                base = AddParticipant.atEnd(new Participant("existing", NAMES[random.nextInt(NAMES.length)].strip()
                        + "x", null)).apply(base);
            }
            List<Participant> people = new ArrayList<>();
            int n = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                String team = random.nextInt(6) == 0 ? "nope" : random.nextBoolean() ? "t1" : null;
                people.add(new Participant(random.nextInt(10) == 0 ? "p0" : "p" + i,
                        NAMES[random.nextInt(NAMES.length)] + (random.nextBoolean() ? "" : i), team));
            }
            List<Change> oneByOne = people.stream().map(p -> (Change) AddParticipant.atEnd(p)).toList();
            Batch batch = new Batch(Message.of("change.importParticipants", n), oneByOne);
            AddParticipants bulk = new AddParticipants(people);
            String why = refusal(batch, base);
            assertThat(refusal(bulk, base) == null).as("seed %d round %d: both refuse or both apply (%s)", seed, round, why)
                    .isEqualTo(why == null);
            if (why == null) {
                Session after = bulk.apply(base);
                assertThat(after).as("seed %d round %d", seed, round).isEqualTo(batch.apply(base));
                assertThat(bulk.inverse(base).apply(after)).isEqualTo(base);
            }
        }
    }

    @Test
    void removingManyAndUndoingPutsEveryoneBackInPlace() {
        Session s = Sessions.empty();
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(new Participant("p" + i, "Person " + i, null));
        }
        s = new AddParticipants(people).apply(s);
        RemoveParticipants remove = new RemoveParticipants(List.of("p0", "p3", "p4", "p9"));
        Session removed = remove.apply(s);
        assertThat(removed.roster().participants()).extracting(Participant::id)
                .containsExactly("p1", "p2", "p5", "p6", "p7", "p8");
        Change undo = remove.inverse(s);
        assertThat(undo.apply(removed)).isEqualTo(s);
        assertThat(undo.inverse(removed).apply(s)).isEqualTo(removed);
        assertThat(refusal(new RemoveParticipants(List.of("p1", "ghost")), s)).isEqualTo("error.participant.unknown");
    }

    @Test
    void aPasteOfTenThousandNamesIsOneCheapStep() {
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            people.add(new Participant("p" + i, "Teilnehmerin Nummer " + i, null));
        }
        AddParticipants add = new AddParticipants(people);
        Session after = add.apply(Sessions.empty());
        assertThat(after.roster().participants()).hasSize(10_000);
        assertThat(add.inverse(Sessions.empty()).apply(after)).isEqualTo(Sessions.empty());
        // The duplicate check spans the whole list, not just neighbours.
        people.add(new Participant("late", "teilnehmerin nummer 17", null));
        assertThat(refusal(new AddParticipants(people), Sessions.empty())).isEqualTo("error.participant.duplicate");
    }
}
