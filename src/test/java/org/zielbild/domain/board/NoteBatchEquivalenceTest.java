package org.zielbild.domain.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Session;
import org.zielbild.testing.LargeSessions;

/**
 * The one-pass versions of restoring notes and of the inverses of {@code PlaceNotes} and
 * {@code SetNoteDetails} give exactly what the note-by-note versions gave (kept here as the
 * reference): the same session, or the same refusal. Seeded; the seed is in every failure.
 */
class NoteBatchEquivalenceTest {

    private static final int RUNS = 40;

    /** Runs {@code test} with {@link #RUNS} seeds from {@code -Dseed} (or the clock). */
    private static void forSeeds(BiConsumer<Long, Random> test) {
        long base = Long.getLong("seed", System.nanoTime());
        for (int run = 0; run < RUNS; run++) {
            test.accept(base + run, new Random(base + run));
        }
    }

    @Test
    void restoringNotesInOnePassEqualsRestoringThemOneByOne() {
        forSeeds((seed, random) -> {
            Session s = LargeSessions.build(200 + random.nextInt(300), seed);
            for (int round = 0; round < 25; round++) {
                List<Note> notes = s.boards().notes();
                List<String> ids = new ArrayList<>();
                int count = 1 + random.nextInt(60);
                for (int i = 0; i < count; i++) {
                    String id = notes.get(random.nextInt(notes.size())).id();
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
                RemoveNotes remove = new RemoveNotes(ids);
                Session removed = remove.apply(s);
                RestoreNotes restore = (RestoreNotes) remove.inverse(s);
                String where = "seed " + seed + " round " + round;
                assertThat(restore.apply(removed)).as(where).isEqualTo(s).isEqualTo(reference(restore, removed));
                RestoreNotes odd = scrambled(restore, s, random);
                assertSame(() -> odd.apply(removed), () -> reference(odd, removed), where + " " + odd);
                assertSame(() -> odd.apply(s), () -> reference(odd, s), where + " onto the notes still there");
            }
        });
    }

    @Test
    void inversesOfManyNotesEqualTheOneByOneLookups() {
        forSeeds((seed, random) -> {
            Session s = LargeSessions.build(100 + random.nextInt(200), seed);
            List<Note> notes = s.boards().notes();
            for (int round = 0; round < 25; round++) {
                List<NotePlacement> places = new ArrayList<>();
                List<NoteDetails> details = new ArrayList<>();
                int count = 1 + random.nextInt(40);
                for (int i = 0; i < count; i++) {
                    String id = random.nextInt(30) == 0 ? "missing" : notes.get(random.nextInt(notes.size())).id();
                    places.add(new NotePlacement(id, 0, i, i, null));
                    details.add(new NoteDetails(id, null, "", null));
                }
                String where = "seed " + seed + " round " + round;
                PlaceNotes place = new PlaceNotes(places);
                assertSame(() -> place.inverse(s), () -> new PlaceNotes(places.stream()
                        .map(p -> s.boards().requireNote(p.noteId()).placement()).toList()), where);
                SetNoteDetails set = new SetNoteDetails(details);
                assertSame(() -> set.inverse(s), () -> new SetNoteDetails(details.stream()
                        .map(d -> s.boards().requireNote(d.noteId()).details()).toList(), true), where);
            }
        });
    }

    /** What {@link RestoreNotes#apply} did before it restored in one pass. */
    private static Session reference(RestoreNotes restore, Session session) {
        Boards boards = session.boards();
        for (IndexedNote n : restore.notes()) {
            boards = boards.withNoteAt(n.index(), n.note(), null);
        }
        for (NoteDots d : restore.dots()) {
            Note note = boards.requireNote(d.noteId());
            boards = boards.withBoardUpdated(note.boardId(), b -> b.withVote(b.requireVote().withBallot(
                    b.vote().ballot(d.participantId()).orElse(new DotBallot(d.participantId(), null))
                            .plus(d.noteId(), d.count()))));
        }
        return session.withBoards(boards);
    }

    /** A restore as no undo makes it, but a damaged or hand-made journal might: odd indexes, twins, strangers. */
    private static RestoreNotes scrambled(RestoreNotes restore, Session s, Random random) {
        List<IndexedNote> notes = new ArrayList<>();
        for (IndexedNote n : restore.notes()) {
            int r = random.nextInt(12);
            int index = r == 0 ? -1 : r == 1 ? 1_000_000 : r == 2 ? random.nextInt(10) : n.index();
            Note note = r == 3 ? n.note().withText("  ") : r == 4 ? n.note().withPlacement(new NotePlacement(n.note().id(),
                    7, 0, 0, null)) : n.note();
            notes.add(new IndexedNote(index, note));
            if (r == 5) {
                notes.add(new IndexedNote(random.nextInt(50), note));
            }
        }
        List<NoteDots> dots = new ArrayList<>(restore.dots());
        if (random.nextInt(4) == 0) {
            dots.add(new NoteDots("p-1", random.nextBoolean() ? "missing" : s.boards().notes().get(0).id(), 1));
        }
        return new RestoreNotes(notes, dots);
    }

    private static void assertSame(Supplier<Object> actual, Supplier<Object> expected, String where) {
        Object want;
        try {
            want = expected.get();
        } catch (DomainException e) {
            want = e.userMessage();
        }
        Object got;
        try {
            got = actual.get();
        } catch (DomainException e) {
            got = e.userMessage();
        }
        assertThat(got).as(where).isEqualTo(want);
    }
}
