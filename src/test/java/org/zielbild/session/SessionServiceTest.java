package org.zielbild.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.testing.RandomChanges;
import org.zielbild.testing.Sessions;

class SessionServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    /** A journal that holds entries until the test says they are durable. */
    static final class ManualJournal implements Journal {
        final List<JournalEntry> entries = new ArrayList<>();
        Listener listener;

        @Override
        public void setListener(Listener listener) {
            this.listener = listener;
        }

        @Override
        public void append(JournalEntry entry) {
            entries.add(entry);
        }

        @Override
        public void close() {
        }
    }

    private final ManualJournal journal = new ManualJournal();
    private final SessionService service =
            new SessionService(SessionState.fresh(Sessions.empty()), journal, Runnable::run, CLOCK);

    private static AddParticipant add(String id, String name) {
        return AddParticipant.atEnd(new Participant(id, name, null));
    }

    @Test
    void appliedChangesAreJournaledInOrderAndListenersSeeBeforeAndAfter() {
        List<SessionEvent> events = new ArrayList<>();
        service.addListener(events::add);
        service.apply(add("p1", "Anna"));
        service.apply(add("p2", "Ben"));
        assertThat(journal.entries).extracting(JournalEntry::seq).containsExactly(1L, 2L);
        assertThat(journal.entries).extracting(JournalEntry::op).containsOnly(JournalEntry.Op.DO);
        assertThat(journal.entries.get(0).at()).isEqualTo(CLOCK.instant());
        assertThat(events).hasSize(2);
        assertThat(events.get(1).before().roster().participants()).hasSize(1);
        assertThat(events.get(1).after().roster().participants()).hasSize(2);
    }

    @Test
    void aRefusedChangeLeavesSessionJournalAndHistoryUntouched() {
        service.apply(add("p1", "Anna"));
        Session before = service.session();
        assertThatThrownBy(() -> service.apply(add("p2", "ANNA"))).isInstanceOf(DomainException.class);
        assertThat(service.session()).isSameAs(before);
        assertThat(journal.entries).hasSize(1);
        assertThat(service.canRedo()).isFalse();
    }

    @Test
    void aChangeThatChangesNothingIsNotJournaledNorUndoable() {
        service.apply(add("p1", "Anna"));
        service.apply(new RenameParticipant("p1", "Anna"));
        assertThat(journal.entries).hasSize(1);
    }

    @Test
    void undoAndRedoAreJournaledAsTheChangesActuallyApplied() {
        service.apply(add("p1", "Anna"));
        service.apply(new RenameParticipant("p1", "Anne"));
        assertThat(service.undoLabel()).contains(Message.of("change.renameParticipant", "Anne"));
        assertThat(service.undo()).isTrue();
        assertThat(service.session().roster().requireParticipant("p1").name()).isEqualTo("Anna");
        assertThat(service.redo()).isTrue();
        assertThat(service.session().roster().requireParticipant("p1").name()).isEqualTo("Anne");
        assertThat(journal.entries).extracting(JournalEntry::op).containsExactly(
                JournalEntry.Op.DO, JournalEntry.Op.DO, JournalEntry.Op.UNDO, JournalEntry.Op.REDO);
        assertThat(journal.entries.get(2).change()).isEqualTo(new RenameParticipant("p1", "Anna"));
    }

    @Test
    void aNewChangeClearsTheRedoStack() {
        service.apply(add("p1", "Anna"));
        service.undo();
        assertThat(service.canRedo()).isTrue();
        service.apply(add("p2", "Ben"));
        assertThat(service.canRedo()).isFalse();
        assertThat(service.redo()).isFalse();
    }

    @Test
    void saveStatusCountsWhatIsNotYetDurableAndShowsFailures() {
        List<SaveStatus> seen = new ArrayList<>();
        service.addSaveStatusListener(seen::add);
        service.apply(add("p1", "Anna"));
        service.apply(add("p2", "Ben"));
        assertThat(service.saveStatus().pending()).isEqualTo(2);
        journal.listener.failing(Message.of("store.diskFull"));
        assertThat(service.saveStatus().failing()).isTrue();
        journal.listener.durable(2);
        assertThat(service.saveStatus()).isEqualTo(SaveStatus.SAVED);
        assertThat(seen).last().isEqualTo(SaveStatus.SAVED);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 99, 2026})
    void replayingTheJournalGivesTheSameStateAsTheLiveService(long seed) {
        Random random = new Random(seed);
        RandomChanges changes = new RandomChanges(random);
        SessionState start = SessionState.fresh(Sessions.templateDay(Language.DE));
        SessionService live = new SessionService(start, journal, Runnable::run, CLOCK);
        for (int i = 0; i < 300; i++) {
            int roll = random.nextInt(10);
            try {
                if (roll == 0) {
                    live.undo();
                } else if (roll == 1) {
                    live.redo();
                } else {
                    Change c = changes.next(live.session());
                    live.apply(c);
                }
            } catch (DomainException refused) {
                // refusals are part of the property: they must leave no trace
            }
        }
        SessionState replayed = start;
        for (JournalEntry e : journal.entries) {
            replayed = replayed.next(e);
        }
        assertThat(replayed).as("seed %d", seed).isEqualTo(live.state());
    }

    @Test
    void theHistoryKeepsTheLastStepsOnly() {
        for (int i = 0; i < History.LIMIT + 20; i++) {
            service.apply(add("p" + i, "Person " + i));
        }
        assertThat(service.state().history().undo()).hasSize(History.LIMIT);
        int undone = 0;
        while (service.undo()) {
            undone++;
        }
        assertThat(undone).isEqualTo(History.LIMIT);
        assertThat(service.session().roster().participants()).hasSize(20);
    }
}
