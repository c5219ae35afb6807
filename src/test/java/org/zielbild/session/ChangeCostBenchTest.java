package org.zielbild.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zielbild.bench.BenchReport;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.EditNoteText;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.NoteDetails;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RemoveDot;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.domain.board.SetNoteDetails;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.testing.LargeSessions;
import org.zielbild.testing.NoteTexts;
import org.zielbild.testing.NoteWork;

/**
 * What one change costs the domain in a large session: {@code apply} + {@code inverse} (what the
 * journal replay and {@link SessionState#next} pay), and {@link SessionService#apply} as a whole
 * (plus the no-op check and the history). Run with {@code ./mvnw -Pbench verify}; figures go to
 * {@code target/bench/domain.txt}.
 */
@Tag("bench")
class ChangeCostBenchTest {

    private static final int ROUNDS = 2000;

    private final BenchReport report = new BenchReport();

    @Test
    void measure() throws Exception {
        costs(LargeSessions.build(1000, 1), false); // warm-up, so the JIT has compiled the paths
        report.line("Zielbild Studio – domain cost per change (apply + inverse on one session value)");
        report.line("machine: %d cpus, %s %s, Java %s; the machine is shared with other builds: quote medians",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
        for (int notes : new int[] {1000, 5000}) {
            costs(LargeSessions.build(notes, 1), true);
        }
        replay();
        roster();
        report.write("domain.txt");
    }

    private void costs(Session s, boolean print) {
        if (print) {
            report.line("");
            report.line("== %,d notes, %d clusters, %d participants", s.boards().notes().size(), s.boards().clusters().size(),
                    s.roster().participants().size());
            report.line("%-40s %12s %12s %12s %12s", "change", "apply med", "apply p99", "inverse med", "service med");
        }
        Random random = new Random(7);
        List<Note> notes = s.boards().notes();
        Board voting = s.boards().boards().stream().filter(b -> b.vote() != null && !b.vote().revealed()).findFirst()
                .orElseThrow();
        String voter = s.roster().participants().get(0).id();
        String dotted = voting.vote().ballot(voter).orElseThrow().dots().keySet().iterator().next();
        // The voter has a dot left after taking one back.
        Session oneDotLeft = new RemoveDot(voting.id(), voter, dotted).apply(s);
        NoteTexts texts = new NoteTexts(random);
        measure(print, "AddNote", s, i -> AddNote.onTop(new Note(NoteTexts.id(random), voting.id(), 0,
                texts.noteText(), "team-1", "", 10, 10, null, null, LargeSessions.T0)));
        measure(print, "PlaceNotes (1 note)", s, i -> {
            Note n = notes.get(random.nextInt(notes.size()));
            return new PlaceNotes(List.of(new NotePlacement(n.id(), n.area(), n.x() + 5, n.y() + 5, n.clusterId())));
        });
        measure(print, "PlaceNotes (20 notes, tidy)", s, i -> {
            int from = random.nextInt(notes.size() - 20);
            List<NotePlacement> places = new ArrayList<>();
            for (Note n : notes.subList(from, from + 20)) {
                places.add(new NotePlacement(n.id(), n.area(), n.x() + 5, n.y() + 5, n.clusterId()));
            }
            return new PlaceNotes(places);
        });
        List<Note> biggest = s.boards().notesOf(s.boards().notes().get(0).boardId());
        measure(print, String.format(Locale.ROOT, "PlaceNotes (arrange %,d notes)", biggest.size()), s, i -> {
            List<NotePlacement> places = new ArrayList<>();
            for (Note n : biggest) {
                places.add(new NotePlacement(n.id(), n.area(), n.x() + i, n.y(), n.clusterId()));
            }
            return new PlaceNotes(places);
        });
        measure(print, "SetNoteDetails (50 notes)", s, i -> {
            int from = random.nextInt(notes.size() - 50);
            return new SetNoteDetails(notes.subList(from, from + 50).stream()
                    .map(n -> new NoteDetails(n.id(), "team-2", "", TeamColor.BLUE)).toList());
        });
        measure(print, "RemoveNotes (50 notes)", s, i -> {
            int from = random.nextInt(notes.size() - 50);
            return new RemoveNotes(notes.subList(from, from + 50).stream().map(Note::id).toList());
        });
        measureFrom(print, "RestoreNotes (undo of removing 50)", i -> {
            int from = random.nextInt(notes.size() - 50);
            RemoveNotes remove = new RemoveNotes(notes.subList(from, from + 50).stream().map(Note::id).toList());
            return new Step(remove.apply(s), remove.inverse(s));
        });
        List<Note> votingNotes = s.boards().notesOf(voting.id());
        measure(print, "PlaceDot", oneDotLeft, i -> new PlaceDot(voting.id(), voter,
                pickOther(votingNotes, dotted, random)));
        measure(print, "EditNoteText", s, i -> new EditNoteText(notes.get(random.nextInt(notes.size())).id(),
                texts.noteText()));
        measure(print, "RemoveNotes (1 note)", s, i -> new RemoveNotes(List.of(notes.get(random.nextInt(notes.size())).id())));
        List<Participant> people = s.roster().participants();
        measure(print, "RenameParticipant (of 40)", s, i -> new RenameParticipant(
                people.get(random.nextInt(people.size())).id(), texts.personName(1000 + i)));
    }

    private static String pickOther(List<Note> notes, String not, Random random) {
        while (true) {
            String id = notes.get(random.nextInt(notes.size())).id();
            if (!id.equals(not)) {
                return id;
            }
        }
    }

    /** A change and the session it is applied to. */
    private record Step(Session before, Change change) {
    }

    /** Each change applied to the same session value, so every round measures one step from the same size. */
    private void measure(boolean print, String what, Session s, Function<Integer, Change> make) {
        measureFrom(print, what, i -> new Step(s, make.apply(i)));
    }

    private void measureFrom(boolean print, String what, Function<Integer, Step> make) {
        long[] apply = new long[ROUNDS];
        long[] inverse = new long[ROUNDS];
        long[] service = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            Step step = make.apply(i);
            Session s = step.before();
            Change c = step.change();
            long t0 = System.nanoTime();
            c.apply(s);
            long t1 = System.nanoTime();
            c.inverse(s);
            long t2 = System.nanoTime();
            SessionService fresh = SessionService.inMemory(s);
            long t3 = System.nanoTime();
            fresh.apply(c);
            long t4 = System.nanoTime();
            apply[i] = t1 - t0;
            inverse[i] = t2 - t1;
            service[i] = t4 - t3;
        }
        if (print) {
            report.line("%-40s %12s %12s %12s %12s", what, BenchReport.us(apply, 50), BenchReport.us(apply, 99), BenchReport.us(inverse, 50), BenchReport.us(service, 50));
        }
    }

    /** Replaying a journal of 1,000 real note changes onto a 5,000-note snapshot (what opening does). */
    private void replay() {
        Session start = LargeSessions.build(5000, 2);
        NoteWork work = new NoteWork(3);
        List<JournalEntry> entries = new ArrayList<>();
        SessionState live = SessionState.fresh(start);
        for (int i = 0; i < 1000; i++) {
            while (true) {
                try {
                    JournalEntry e = new JournalEntry(live.seq() + 1, JournalEntry.Op.DO, work.next(live.session()),
                            LargeSessions.T0);
                    live = live.next(e);
                    entries.add(e);
                    break;
                } catch (org.zielbild.domain.DomainException refused) {
                    // make another
                }
            }
        }
        long[] times = new long[10];
        for (int round = 0; round < times.length; round++) {
            long t0 = System.nanoTime();
            SessionState s = SessionState.fresh(start);
            for (JournalEntry e : entries) {
                s = s.next(e);
            }
            times[round] = System.nanoTime() - t0;
        }
        report.line("");
        report.line("== replay of 1,000 note changes onto 5,000 notes (SessionState.next, in memory): median %s ms",
                String.format(Locale.ROOT, "%.1f", BenchReport.percentile(times, 50) / 1e6));
    }

    /**
     * 1,000 renames among 5,000 participants: each checks the new name against every other one.
     * Short names with umlauts, and the 60-character names the first benchmark used.
     */
    private void roster() {
        NoteTexts texts = new NoteTexts(new Random(5));
        rename("names like “Jürgen Müller 17”", i -> texts.personName(i) + " " + i);
        Random words = new Random(8);
        rename("names of 60 characters", i -> longName(words) + " " + i);
    }

    private void rename(String what, Function<Integer, String> name) {
        Session s = LargeSessions.build(100, 4);
        for (int i = 0; i < 5000; i++) {
            s = AddParticipant.atEnd(new Participant("q-" + i, name.apply(i), null)).apply(s);
        }
        List<Participant> people = s.roster().participants();
        Random random = new Random(6);
        long[] times = new long[1000];
        for (int i = 0; i < times.length; i++) {
            Change c = new RenameParticipant(people.get(random.nextInt(people.size())).id(), name.apply(10_000 + i));
            long t0 = System.nanoTime();
            c.apply(s);
            times[i] = System.nanoTime() - t0;
        }
        report.line("");
        report.line("== RenameParticipant among %,d participants, %s: apply median %s, p99 %s", people.size(), what,
                BenchReport.us(times, 50), BenchReport.us(times, 99));
    }

    private static String longName(Random random) {
        String words = "Kundenzufriedenheit Zielbild Team Auftrag Workshop Mehrwert Leitlinie Coach Vision Wirkung ";
        StringBuilder b = new StringBuilder();
        while (b.length() < 60) {
            int start = random.nextInt(words.length() - 12);
            b.append(words, start, start + 12);
        }
        return b.substring(0, 60).strip();
    }
}
