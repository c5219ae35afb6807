package org.zielbild.assign;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Explains why not everyone can be placed: the participants a failed search could reach can only
 * go to coaches with fewer free places than there are of them (Hall's condition fails). Total
 * capacity was checked before, so forbidden pairs or locks are to blame.
 */
final class HallViolation {

    private static final int MAX_NAMES = 5;

    private final Instance instance;
    private final IntPredicate reached;

    /** @param reached whether a network node (participants first, numbered as in the instance) was reached */
    HallViolation(Instance instance, IntPredicate reached) {
        this.instance = instance;
        this.reached = reached;
    }

    /** The participants the search reached and the coaches they may go to, with those coaches' free places. */
    Bottleneck bottleneck() {
        List<String> participants = new ArrayList<>();
        boolean[] allowed = new boolean[instance.coachCount()];
        for (int p = 0; p < instance.participantCount(); p++) {
            if (instance.lockedCoach[p] == Instance.FREE && reached.test(p)) {
                participants.add(instance.participants[p]);
                for (int c = 0; c < instance.coachCount(); c++) {
                    allowed[c] |= !instance.isForbidden(p, c);
                }
            }
        }
        List<String> coaches = new ArrayList<>();
        long places = 0;
        for (int c = 0; c < instance.coachCount(); c++) {
            if (allowed[c]) {
                coaches.add(instance.coaches[c]);
                places += instance.freeCapacity[c];
            }
        }
        return new Bottleneck(participants, coaches, places);
    }

    AssignmentException exception() {
        return new AssignmentException(AssignmentException.Source.WHOLE_PROBLEM, -1, describe(), bottleneck());
    }

    String describe() {
        Bottleneck b = bottleneck();
        List<String> participants = b.participants().stream().map(ProblemValidator::quote).toList();
        List<String> coaches = b.coaches().stream().map(ProblemValidator::quote).toList();
        long places = b.freePlaces();
        String who = participants.size() == 1
                ? "participant " + participants.get(0)
                : participants.size() + " participants (" + names(participants) + ")";
        if (coaches.isEmpty()) {
            return "cannot place everyone: " + who + " may not go to any coach; check the forbidden pairs";
        }
        return "cannot place everyone: " + who + " can only go to "
                + (coaches.size() == 1 ? "coach " : "coaches ") + names(coaches)
                + ", which " + (coaches.size() == 1 ? "has " : "have ") + places
                + (places == 1 ? " free place" : " free places")
                + " left after locks; check the forbidden pairs and locks";
    }

    private static String names(List<String> names) {
        if (names.size() <= MAX_NAMES) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, MAX_NAMES)) + " and " + (names.size() - MAX_NAMES) + " more";
    }
}
