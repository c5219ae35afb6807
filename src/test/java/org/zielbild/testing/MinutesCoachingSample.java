package org.zielbild.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.AddQuestion;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.CoachingPlan;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.Pin;
import org.zielbild.domain.coaching.Question;
import org.zielbild.domain.coaching.RecordAssignmentRun;
import org.zielbild.domain.coaching.RunCoach;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.coaching.SetCoachingPlan;
import org.zielbild.domain.coaching.SetPin;
import org.zielbild.domain.coaching.SetPitchOrder;

/**
 * The coach round of {@link MinutesSample}'s day: four coaches pitched in a drawn order, questions
 * (one that a spreadsheet would run as a formula), eight of ten people ranked two coaches, a first
 * computation, then a pin and a second one that left a coach unused. The runs are written out by
 * hand (the engine is not the minutes' business), so the golden files never change with it.
 */
final class MinutesCoachingSample {

    /** Coaches named apart from every participant, so a test can tell a coach from a group member. */
    static final List<String> COACHES = List.of("Rosa Lindqvist", "Tobias Krämer", "Yuki Tanaka", "Olu Adeyemi");
    private static final int[] CAPACITY = {5, 3, 2, 2};
    private static final String[][] BALLOTS = {{"k1", "k2"}, {"k1", "k3"}, {"k3", "k1"}, {"k1", "k2"}, {"k2", "k1"},
        {"k3", "k2"}, {"k3", "k1"}, {"k2", "k3"}};
    /** Where each person went: coach, rank (0 unranked or not voted). */
    private static final String[][] FIRST = {{"k1", "1"}, {"k1", "1"}, {"k1", "2"}, {"k1", "1"}, {"k2", "1"}, {"k3", "1"},
        {"k3", "1"}, {"k2", "1"}, {"k1", "0"}, {"k2", "0"}};
    private static final String[][] SECOND = {{"k1", "1"}, {"k1", "1"}, {"k1", "2"}, {"k2", "2"}, {"k2", "1"}, {"k3", "1"},
        {"k3", "1"}, {"k1", "0"}, {"k1", "0"}, {"k2", "0"}};

    private MinutesCoachingSample() {
    }

    static Session add(Session s, boolean de, IntFunction<Instant> minute) {
        Session[] at = {s};
        java.util.function.Consumer<Change> apply = c -> at[0] = c.apply(at[0]);
        String[] styles = de
                ? new String[] {"Agile Führung: klare Worte, kurze Wege", "Systemisch, fragt viel und sagt wenig",
                        "Lösungsorientiert <b>und</b> direkt", "Ruhig; denkt mit Stift und Papier"}
                : new String[] {"Agile leadership: clear words, short ways", "Systemic, asks a lot and says little",
                        "Solution-focused <b>and</b> direct", "Calm; thinks with pen and paper"};
        String[] languages = {"Deutsch, English", "Deutsch", "English, 日本語", "English, Yorùbá"};
        for (int i = 0; i < COACHES.size(); i++) {
            apply.accept(AddCoach.atEnd(new Coach("k" + (i + 1), COACHES.get(i), styles[i], "", languages[i], CAPACITY[i])));
        }
        apply.accept(new SetPitchOrder(List.of("k3", "k1", "k4", "k2"), 42L));
        apply.accept(new SetCoachingPlan(new CoachingPlan(5, 3, 2, false)));
        String[][] questions = de
                ? new String[][] {{"k3", "Wie oft treffen wir uns?", MinutesSample.PEOPLE.get(1), "y"},
                        {"k3", "=HYPERLINK(\"http://evil.example\")", "", "n"},
                        {"k2", "Was, wenn mein Team nicht mitmacht?", "", "y"}}
                : new String[][] {{"k3", "How often do we meet?", MinutesSample.PEOPLE.get(1), "y"},
                        {"k3", "=HYPERLINK(\"http://evil.example\")", "", "n"},
                        {"k2", "What if my team does not join in?", "", "y"}};
        for (int i = 0; i < questions.length; i++) {
            String[] q = questions[i];
            apply.accept(new AddQuestion(new Question("q" + i, q[0], q[1], q[2], q[3].equals("y"), minute.apply(340 + i),
                    i + 1)));
        }
        for (int i = 0; i < BALLOTS.length; i++) {
            apply.accept(new CastCoachBallot(new CoachBallot("p" + i, List.of(BALLOTS[i]))));
        }
        apply.accept(RecordAssignmentRun.latest(run(at[0], "run-1", minute.apply(380), 7, FIRST, List.of())));
        apply.accept(new SetPin("p3", "k2"));
        apply.accept(RecordAssignmentRun.latest(run(at[0], "run-2", minute.apply(385), 7, SECOND,
                List.of(new Pin("p3", "k2")))));
        return at[0];
    }

    private static AssignmentRun run(Session s, String id, Instant when, long seed, String[][] where, List<Pin> pins) {
        List<RunCoach> coaches = s.coaching().coaches().stream().map(c -> new RunCoach(c.id(), c.name(), c.capacity()))
                .toList();
        List<RunPlacement> placements = new ArrayList<>();
        for (int i = 0; i < where.length; i++) {
            String coachId = where[i][0];
            int rank = Integer.parseInt(where[i][1]);
            PlacementKind kind = i >= BALLOTS.length ? PlacementKind.NOT_VOTED
                    : rank > 0 ? PlacementKind.RANKED : PlacementKind.UNRANKED;
            String pid = "p" + i;
            placements.add(new RunPlacement(pid, MinutesSample.PEOPLE.get(i), coachId,
                    s.coaching().requireCoach(coachId).name(), rank, kind, pins.stream().anyMatch(p -> p.participantId()
                    .equals(pid))));
        }
        return new AssignmentRun(id, when, CoachingPolicy.RANK_MAXIMAL, seed, coaches, pins, List.of(), placements);
    }
}
