package org.zielbild.domain.coaching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;
import org.zielbild.domain.day.FreeTimer;
import org.zielbild.domain.day.Timing;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;

/**
 * Random coaching changes for property tests: mostly sensible for the session, some refused
 * (unknown ids, duplicate names, full coaches, empty texts), and now and then a participant who
 * comes or goes, so orphaned ballots and pins are exercised too.
 */
final class RandomCoachingChanges {

    private static final String[] NAMES = {"Anna Weber", "Bernd Köhler", "Chiara Rossi", "Okafor, Daniel", "anna weber",
        " ", "Émile", "Zoë"};
    private static final Instant T0 = Instant.parse("2026-11-24T13:00:00Z");

    private final Random random;
    private int counter;

    RandomCoachingChanges(Random random) {
        this.random = random;
    }

    Change next(Session s) {
        Coaching c = s.coaching();
        List<String> coaches = c.coaches().stream().map(Coach::id).toList();
        List<String> people = s.roster().participants().stream().map(Participant::id).toList();
        String coach = pick(coaches);
        String person = pick(people);
        return switch (random.nextInt(20)) {
            case 0, 1 -> AddCoach.atEnd(new Coach(id(), NAMES[random.nextInt(NAMES.length)] + (random.nextBoolean() ? "" : id()),
                    "Systemic", "", "DE", random.nextInt(6) - 1));
            case 2 -> new RemoveCoach(coach);
            case 3 -> new EditCoach(c.coach(coach).orElse(Coach.of(coach, "X", 1)).withCapacity(random.nextInt(7) - 1));
            case 4 -> random.nextBoolean() ? SetPitchOrder.drawn(coaches, random.nextLong())
                    : new SetPitchOrder(shuffled(coaches), null);
            case 5 -> new SetCoachingPlan(new CoachingPlan(random.nextInt(8), random.nextInt(4), random.nextInt(4), random.nextBoolean()));
            case 6 -> step(c, coach);
            case 7 -> new AddForbiddenPair(new ForbiddenPair(person, coach));
            case 8 -> new RemoveForbiddenPair(c.forbidden().isEmpty() ? new ForbiddenPair(person, coach)
                    : c.forbidden().get(random.nextInt(c.forbidden().size())));
            case 9 -> new SetPin(person, random.nextInt(4) == 0 ? null : coach);
            case 10 -> new AddQuestion(new Question(id(), coach, random.nextInt(6) == 0 ? " " : "Why " + id() + "?",
                    random.nextBoolean() ? "" : "Ben", false, T0.plusSeconds(random.nextInt(1000)), random.nextInt(50)));
            case 11 -> new RemoveQuestion(c.questions().isEmpty() ? "missing" : c.questions().get(0).id());
            case 12 -> new SetQuestionAnswered(c.questions().isEmpty() ? "missing"
                    : c.questions().get(random.nextInt(c.questions().size())).id(), random.nextBoolean());
            case 13, 14 -> new CastCoachBallot(new CoachBallot(person, ranking(coaches)));
            case 15 -> new WithdrawCoachBallot(c.ballots().isEmpty() ? person : c.ballots().get(0).participantId());
            case 16 -> new RecordBallotShown(new BallotShown(person, T0.plusSeconds(random.nextInt(100))));
            case 17 -> RecordAssignmentRun.latest(run(c, s));
            case 18 -> random.nextBoolean() ? AddParticipant.atEnd(new Participant(id(), "Person " + id(), null))
                    : new RemoveParticipant(person);
            default -> c.runs().isEmpty() ? new RemoveAssignmentRun("missing")
                    : new RemoveAssignmentRun(c.runs().get(random.nextInt(c.runs().size())).id());
        };
    }

    private Change step(Coaching c, String coach) {
        CoachingStep step = CoachingStep.values()[random.nextInt(CoachingStep.values().length)];
        RoomView view = step.hasCoach() ? new RoomView(step, coach) : RoomView.of(step);
        if (step.hasCoach()) {
            return new ShowCoachingStep(view, new FreeTimer(1 + random.nextInt(6), "Pitch", Timing.startedAt(T0)), true);
        }
        return ShowCoachingStep.of(view, random.nextBoolean());
    }

    private AssignmentRun run(Coaching c, Session s) {
        List<RunPlacement> placements = new ArrayList<>();
        for (Participant p : s.roster().participants()) {
            if (!c.coaches().isEmpty()) {
                Coach coach = c.coaches().get(random.nextInt(c.coaches().size()));
                placements.add(new RunPlacement(p.id(), p.name(), coach.id(), coach.name(), random.nextInt(3),
                        PlacementKind.values()[random.nextInt(3)], false));
            }
        }
        return new AssignmentRun(id(), T0, CoachingPolicy.RANK_MAXIMAL, random.nextLong(),
                c.coaches().stream().map(x -> new RunCoach(x.id(), x.name(), x.capacity())).toList(), c.pins(),
                c.forbidden(), placements);
    }

    private List<String> ranking(List<String> coaches) {
        List<String> all = shuffled(coaches);
        List<String> out = new ArrayList<>(all.subList(0, random.nextInt(all.size() + 1)));
        if (random.nextInt(8) == 0 && !out.isEmpty()) {
            out.add(out.get(0)); // ranked twice: refused
        }
        return out;
    }

    private List<String> shuffled(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }

    private String pick(List<String> ids) {
        return ids.isEmpty() || random.nextInt(15) == 0 ? "missing" : ids.get(random.nextInt(ids.size()));
    }

    private String id() {
        return "c" + (++counter);
    }
}
