package org.zielbild.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.zielbild.domain.Change;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.day.EndStage;
import org.zielbild.domain.day.StartStage;
import org.zielbild.domain.mood.AddMoodEntry;
import org.zielbild.domain.mood.AddMoodRound;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.mood.RevealMoodRound;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;

/**
 * A fixed day for the minutes' golden files: every id, time and text is set, so the same
 * language gives the same session on every run. Ten people (one without a team), every stage run,
 * an anonymous check-in and a named check-out, pains and gains with clusters and a revealed vote,
 * a customer board whose vote was never revealed, a target picture rated in three rounds (a show of
 * hands, a named ballot round, an open round never shown; {@link MinutesTargetSample}), a coach round
 * with two computations ({@link MinutesCoachingSample}), next steps with authors, and notes that try to
 * break a format: markup, Markdown, formulas, an emoji and a script the PDF font lacks.
 */
public final class MinutesSample {

    /** 09:00 in Berlin on the day. */
    public static final Instant NINE = Instant.parse("2026-11-23T08:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** When the golden minutes were made. */
    public static final Instant EXPORTED = Instant.parse("2026-11-23T16:30:00Z");
    public static final String SCRIPT_NOTE = "<script>alert('x')</script>";
    public static final List<String> TRICKY_NOTES = List.of(SCRIPT_NOTE, "# Not a heading", "[click me](http://evil.example)",
            "| a | b |", "*not bold* and _not italic_", "1. not a list", "- not a list either", "=SUM(A1:A9)", "@import",
            "+49 221 123456", "Kaffee ☕ und 🎉 für alle", "中文 und Ümläute: Größe, Maß", "Zeile eins\nZeile zwei",
            "&amp; &lt; stay as typed", "`code` and <b>bold</b>", "> not a quote", "---");
    public static final List<String> PEOPLE = List.of("Anna Müller", "Björn Groß", "Çağla Yılmaz", "Dörte Schäfer",
            "Emil Nüßlein", "Fatma Öztürk", "Gregor Weiß", "Hanna Łukasiewicz", "Jörg Bär", "Ilka Sommer");

    private Session s;

    private MinutesSample(Session start) {
        this.s = start;
    }

    public static Session build(Language lang) {
        AtomicInteger n = new AtomicInteger();
        Supplier<String> ids = () -> "st" + n.incrementAndGet();
        boolean de = lang == Language.DE;
        Session start = TargetPictureDay.newSession("minutes-sample", new SessionInfo(
                de ? "Zielbild Kundenservice 2027" : "Target picture Customer Service 2027", LocalDate.of(2026, 11, 23),
                "Köln, Raum „Rhein“", "Jürgen Weiß", lang), ids);
        return new MinutesSample(start).day(de);
    }

    private Session day(boolean de) {
        String[] teams = de ? new String[] {"Vertrieb", "Service", "Technik & IT"}
                : new String[] {"Sales", "Service", "Engineering & IT"};
        for (int i = 0; i < teams.length; i++) {
            apply(AddTeam.atEnd(new Team("t" + i, teams[i], TeamColor.forIndex(i))));
        }
        for (int i = 0; i < PEOPLE.size(); i++) {
            apply(AddParticipant.atEnd(new Participant("p" + i, PEOPLE.get(i), i == PEOPLE.size() - 1 ? null : "t" + (i % 3))));
        }
        List<Stage> stages = s.agenda().stages();
        int[] ends = {14, 80, 160, 250, 330, 395, 430};
        int at = 0;
        for (int i = 0; i < stages.size(); i++) {
            apply(new StartStage(stages.get(i).id(), min(at)));
            at = ends[i];
        }
        apply(new EndStage(min(at)));
        moods(stages.get(1), stages.get(6), de);
        reflection(stages.get(1), de);
        customer(stages.get(2), de);
        MinutesTargetSample.add(this::apply, () -> s, stages.get(3), de, MinutesSample::min);
        closing(stages.get(6), de);
        s = MinutesCoachingSample.add(s, de, MinutesSample::min);
        return s;
    }

    private void moods(Stage reflection, Stage closing, boolean de) {
        apply(new AddMoodRound(MoodRound.start("mood-in", reflection.id(), MoodKind.CHECK_IN, true, min(15)), -1));
        int[] morning = {2, 3, 2, 4, 1, 3, 2, 3, 4, 2};
        for (int i = 0; i < morning.length; i++) {
            apply(new AddMoodEntry("mood-in", new MoodEntry("in-" + i, null, morning[i],
                    List.of(morning[i] <= 2 ? Emotion.FRUSTRATED : Emotion.CURIOUS), i == 4 ? List.of(de ? "ausgelaugt" : "drained")
                    : List.of(), i == 0 ? (de ? "Zu viele Tickets, zu wenig Zeit." : "Too many tickets, too little time.")
                    : i == 3 ? "<b>Bin gespannt</b>" : "")));
        }
        apply(new RevealMoodRound("mood-in", true));
        apply(new AddMoodRound(MoodRound.start("mood-out", closing.id(), MoodKind.CHECK_OUT, false, min(400)), -1));
        int[] evening = {4, 4, 3, 5, 3, 4, 4, 5, 3, 4};
        for (int i = 0; i < evening.length; i++) {
            apply(new AddMoodEntry("mood-out", new MoodEntry("out-" + i, "p" + i, evening[i],
                    List.of(evening[i] >= 4 ? Emotion.HOPEFUL : Emotion.CALM), List.of(),
                    i == 1 ? (de ? "Endlich reden wir miteinander." : "Finally we talk to each other.") : "")));
        }
        apply(new RevealMoodRound("mood-out", true));
    }

    private void reflection(Stage stage, boolean de) {
        Board board = Board.of("b-reflection", stage.id(), 0, String.join(" & ", stage.prompts()), stage.prompts());
        apply(new AddBoard(board));
        apply(AddCluster.atEnd(new Cluster("c-process", board.id(), de ? "Prozesse" : "Processes", 0, 0)));
        apply(AddCluster.atEnd(new Cluster("c-team", board.id(), de ? "Zusammenarbeit" : "Working together", 0, 0)));
        String[][] pains = de
                ? new String[][] {{"Rechnungen dauern zu lange", "c-process"}, {"Übergaben gehen verloren", "c-process"},
                        {"Wir reden übereinander statt miteinander", "c-team"}}
                : new String[][] {{"Invoices take too long", "c-process"}, {"Hand-overs get lost", "c-process"},
                        {"We talk about each other, not with each other", "c-team"}};
        int i = 0;
        for (String[] p : pains) {
            note("n-pain-" + i, board, 0, p[0], "t" + (i % 3), "", p[1], i++);
        }
        for (String t : TRICKY_NOTES) {
            note("n-tricky-" + i, board, 0, t, i % 2 == 0 ? "t1" : null, "", null, i++);
        }
        String[] gains = de ? new String[] {"Kunden loben unsere Geduld", "Das Team hält zusammen"}
                : new String[] {"Customers praise our patience", "The team sticks together"};
        for (String g : gains) {
            note("n-gain-" + i, board, 1, g, "t2", "", i % 2 == 0 ? "c-team" : null, i++);
        }
        apply(new StartVote(board.id(), DotVote.start("v-reflection", 3, 2, min(70))));
        String[] votes = {"n-pain-0", "n-pain-0", "n-pain-1", "n-pain-2", "n-tricky-3", "n-pain-0", "n-gain-20", "n-pain-2",
                "n-pain-1", "n-gain-21", "n-pain-2", "n-tricky-3"};
        for (int v = 0; v < votes.length; v++) {
            apply(new PlaceDot(board.id(), "p" + (v % 8), votes[v]));
        }
        apply(new RevealVote(board.id(), true));
    }

    private void customer(Stage stage, boolean de) {
        Board seen = Board.of("b-customer-0", stage.id(), 0, stage.prompts().get(0), List.of());
        apply(new AddBoard(seen));
        apply(AddCluster.atEnd(new Cluster("c-slow", seen.id(), de ? "Langsam, aber gründlich" : "Slow but thorough", 0, 0)));
        String[] answers = de ? new String[] {"Zuverlässig, aber langsam", "Experten, wenn man sie erreicht", "Teuer, aber gut"}
                : new String[] {"Reliable but slow", "Experts, once you reach them", "Expensive but good"};
        for (int i = 0; i < answers.length; i++) {
            note("n-c0-" + i, seen, 0, answers[i], "t" + i, "", i < 2 ? "c-slow" : null, 30 + i);
        }
        apply(new StartVote(seen.id(), DotVote.start("v-customer", 2, 0, min(150))));
        apply(new PlaceDot(seen.id(), "p1", "n-c0-2"));
        Board hate = Board.of("b-customer-2", stage.id(), 2, stage.prompts().get(2), List.of());
        apply(new AddBoard(hate));
        note("n-c2-0", hate, 0, de ? "Warteschleifen" : "Waiting on hold", "t0", "", null, 40);
        apply(new AddBoard(Board.of("b-customer-1", stage.id(), 1, stage.prompts().get(1), List.of())));
    }

    private void closing(Stage stage, boolean de) {
        Board next = Board.of("b-next", stage.id(), 1, stage.prompts().get(1), List.of());
        apply(new AddBoard(next));
        note("n-next-0", next, 0, de ? "Rechnungsprozess bis März vereinfachen" : "Simplify invoicing by March", "t0",
                PEOPLE.get(0), null, 50);
        note("n-next-1", next, 0, de ? "Monatliches Team-Frühstück" : "Monthly team breakfast", "t2", PEOPLE.get(6), null, 51);
    }

    private void note(String id, Board board, int area, String text, String team, String author, String cluster, int n) {
        apply(AddNote.onTop(new Note(id, board.id(), area, text, team, author, area * 2000 + (n % 6) * 240.0,
                (n / 6) * 170.0, null, null, NINE.plusSeconds(3600 + n * 30L))));
        if (cluster != null) {
            Note placed = s.boards().requireNote(id);
            apply(new org.zielbild.domain.board.PlaceNotes(List.of(new org.zielbild.domain.board.NotePlacement(id,
                    placed.area(), placed.x(), placed.y(), cluster))));
        }
    }

    static Instant min(int minutes) {
        return NINE.plusSeconds(minutes * 60L);
    }

    private void apply(Change c) {
        s = c.apply(s);
    }
}
