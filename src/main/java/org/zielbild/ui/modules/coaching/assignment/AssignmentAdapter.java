package org.zielbild.ui.modules.coaching.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zielbild.assign.Assignment;
import org.zielbild.assign.AssignmentEngine;
import org.zielbild.assign.AssignmentException;
import org.zielbild.assign.Bottleneck;
import org.zielbild.assign.Placement;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.RunCoach;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.roster.Participant;

/**
 * The one way from the session to the assignment engine ({@code org.zielbild.assign}) and back:
 * builds the engine's input ({@link AssignmentInput}), refuses what cannot work with a message in
 * the user's words (too few places: which capacities to raise; pins and forbidden pairs that leave no
 * way), and turns the engine's answer into a run the session records, with the three groups kept
 * apart: ranked, placed with a coach they did not rank, did not vote.
 */
public final class AssignmentAdapter {

    /** What a computation gave: a run to record, or why there is none. */
    public sealed interface Outcome permits Computed, Refused {
    }

    /** @param engine the engine's own answer (profile, placements by name), kept for "why this coach" */
    public record Computed(AssignmentRun run, Assignment engine, AssignmentInput input) implements Outcome {
    }

    public record Refused(Message reason) implements Outcome {
    }

    private AssignmentAdapter() {
    }

    public static Outcome compute(Session session, CoachingPolicy policy, long seed, String runId, Instant at) {
        return compute(AssignmentInput.of(session), policy, seed, runId, at);
    }

    public static Outcome compute(AssignmentInput input, CoachingPolicy policy, long seed, String runId, Instant at) {
        if (input.coaches().isEmpty()) {
            return new Refused(Message.of("coaching.problem.noCoaches"));
        }
        if (input.participants().isEmpty()) {
            return new Refused(Message.of("coaching.problem.nobody"));
        }
        int missing = input.participants().size() - input.places();
        if (missing > 0) {
            return new Refused(tooFewPlaces(input, missing));
        }
        try {
            Assignment engine = AssignmentEngine.assign(input.problem(), ProfileOrder.engine(policy), seed);
            return new Computed(run(input, engine, policy, seed, runId, at), engine, input);
        } catch (AssignmentException e) {
            return new Refused(explain(e));
        }
    }

    private static AssignmentRun run(AssignmentInput input, Assignment engine, CoachingPolicy policy, long seed,
                                     String runId, Instant at) {
        Map<String, Coach> coachByName = new HashMap<>();
        input.coaches().forEach(c -> coachByName.put(c.name(), c));
        List<RunPlacement> placements = new ArrayList<>(input.participants().size());
        for (int i = 0; i < input.participants().size(); i++) {
            Participant p = input.participants().get(i);
            Placement placed = engine.placements().get(i);
            Coach coach = coachByName.get(placed.coach());
            PlacementKind kind = !input.voters().contains(p.id()) ? PlacementKind.NOT_VOTED
                    : placed.isRanked() ? PlacementKind.RANKED : PlacementKind.UNRANKED;
            placements.add(new RunPlacement(p.id(), p.name(), coach.id(), coach.name(), placed.rank(), kind, placed.locked()));
        }
        List<RunCoach> coaches = input.coaches().stream().map(c -> new RunCoach(c.id(), c.name(), c.capacity())).toList();
        return new AssignmentRun(runId, at, policy, seed, coaches, pinsOf(input, placements), forbiddenOf(input), placements);
    }

    private static List<org.zielbild.domain.coaching.Pin> pinsOf(AssignmentInput input, List<RunPlacement> placements) {
        return placements.stream().filter(RunPlacement::pinned)
                .map(p -> new org.zielbild.domain.coaching.Pin(p.participantId(), p.coachId())).toList();
    }

    private static List<org.zielbild.domain.coaching.ForbiddenPair> forbiddenOf(AssignmentInput input) {
        Map<String, String> personId = new HashMap<>();
        input.participants().forEach(p -> personId.put(p.name(), p.id()));
        Map<String, String> coachId = new HashMap<>();
        input.coaches().forEach(c -> coachId.put(c.name(), c.id()));
        return input.problem().forbidden().stream().map(f -> new org.zielbild.domain.coaching.ForbiddenPair(
                personId.get(f.participant()), coachId.get(f.coach()))).toList();
    }

    /** "23 participants but only 20 places: raise Anna Weber from 6 to 8 and Bernd Köhler from 6 to 7." */
    private static Message tooFewPlaces(AssignmentInput input, int missing) {
        Map<String, Integer> firstChoices = new HashMap<>();
        Map<String, String> idByName = new HashMap<>();
        input.coaches().forEach(c -> idByName.put(c.name(), c.id()));
        input.problem().ballots().forEach(b -> {
            if (!b.ranking().isEmpty()) {
                firstChoices.merge(idByName.get(b.ranking().get(0)), 1, Integer::sum);
            }
        });
        List<Message> raises = CapacityAdvice.raises(input.coaches(), firstChoices, missing).stream()
                .map(r -> Message.of("coaching.advice.raise", r.coach().name(), r.from(), r.to())).toList();
        return Message.of("coaching.problem.places", input.participants().size(), input.places(), missing,
                ListText.of(raises));
    }

    private static Message explain(AssignmentException e) {
        if (e.bottleneck().isEmpty()) {
            return Message.of("coaching.problem.engine", e.getMessage());
        }
        Bottleneck b = e.bottleneck().get();
        if (b.coaches().isEmpty()) {
            return Message.of("coaching.problem.allForbidden", ListText.of(b.participants()));
        }
        return Message.of("coaching.problem.bottleneck", ListText.of(b.participants()), b.participants().size(),
                ListText.of(b.coaches()), b.freePlaces());
    }
}
