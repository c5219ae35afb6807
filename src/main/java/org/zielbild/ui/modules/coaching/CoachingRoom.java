package org.zielbild.ui.modules.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.domain.coaching.Question;
import org.zielbild.domain.coaching.RunCoach;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.roster.Participant;

/**
 * Everything the wall may show of the coach round, and nothing more: no ballot, no one's ranking, no
 * one's rank. The projection is built from this value alone (through {@link CoachingFeed}), so it
 * cannot show what it never gets (decision 0042).
 *
 * @param current       the coach of a pitch or question round; null otherwise
 * @param pitch         which pitch it is (1-based), 0 outside the pitches
 * @param questions     the open questions for the current coach, in the order asked
 * @param stillToChoose who has not chosen yet (names only: who has voted is public, what never)
 * @param groups        at the announcement: per coach who joined (empty names when only counts are shown)
 * @param byRank        at the announcement: how many got their 1st, 2nd, ... choice
 */
public record CoachingRoom(CoachingStep step, List<RoomCoach> coaches, RoomCoach current, int pitch, int answered,
                           List<RoomQuestion> questions, int voted, int participants, List<String> stillToChoose,
                           List<RoomGroup> groups, List<Integer> byRank, int unranked, int notVoted, boolean countsOnly) {

    /** A coach as the room sees them; {@code photo} is a URL or null. */
    public record RoomCoach(String name, String style, String languages, String photo, int capacity) {
    }

    public record RoomQuestion(String text, String askedBy) {
    }

    /** @param size how many joined; {@code names} is empty when only counts are shown */
    public record RoomGroup(String coach, int capacity, int size, List<String> names) {
    }

    public CoachingRoom {
        coaches = List.copyOf(coaches);
        questions = List.copyOf(questions);
        stillToChoose = List.copyOf(stillToChoose);
        groups = List.copyOf(groups);
        byRank = List.copyOf(byRank);
    }

    public static CoachingRoom of(Session session, Function<String, Optional<String>> photoUrl) {
        Coaching c = session.coaching();
        List<RoomCoach> coaches = c.inPitchOrder().stream().map(coach -> room(coach, photoUrl)).toList();
        Optional<Coach> onTheWall = c.view().step().hasCoach() ? c.coach(c.view().coachId()) : Optional.empty();
        CoachingStep step = c.view().step().hasCoach() && onTheWall.isEmpty() ? CoachingStep.OVERVIEW : c.view().step();
        RoomCoach current = null;
        int pitch = 0;
        int answered = 0;
        List<RoomQuestion> open = new ArrayList<>();
        if (onTheWall.isPresent()) {
            Coach coach = onTheWall.get();
            current = room(coach, photoUrl);
            pitch = c.pitchOrder().indexOf(coach.id()) + 1;
            for (Question q : c.questionsFor(coach.id())) {
                if (q.answered()) {
                    answered++;
                } else {
                    open.add(new RoomQuestion(q.text(), q.askedBy()));
                }
            }
        }
        List<String> still = new ArrayList<>();
        int voted = 0;
        for (Participant p : session.roster().participants()) {
            if (c.hasVoted(p.id())) {
                voted++;
            } else {
                still.add(p.name());
            }
        }
        boolean countsOnly = c.plan().countsOnly();
        List<RoomGroup> groups = new ArrayList<>();
        AssignmentRun run = step == CoachingStep.ANNOUNCEMENT ? c.latestRun().orElse(null) : null;
        if (run != null) {
            for (RunCoach coach : run.coaches()) {
                List<String> names = run.group(coach.coachId()).stream().map(RunPlacement::participantName).toList();
                groups.add(new RoomGroup(coach.name(), coach.capacity(), names.size(), countsOnly ? List.of() : names));
            }
        }
        return new CoachingRoom(step, coaches, current, pitch, answered, open, voted,
                session.roster().participants().size(), step == CoachingStep.RANKING ? still : List.of(), groups,
                run == null ? List.of() : run.byRank(), run == null ? 0 : run.unranked(), run == null ? 0 : run.notVoted(),
                countsOnly);
    }

    private static RoomCoach room(Coach coach, Function<String, Optional<String>> photoUrl) {
        String photo = coach.hasPhoto() ? photoUrl.apply(coach.photo()).orElse(null) : null;
        return new RoomCoach(coach.name(), coach.style(), coach.languages(), photo, coach.capacity());
    }
}
