package org.zielbild.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Agenda;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Boards;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.mood.Moods;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Roster;
import org.zielbild.domain.roster.Team;

/**
 * What must hold for every stored session (decision 0082), checked whenever a snapshot is read:
 * one id per thing, and the links the app follows without looking (a participant's team, a note's
 * board, area and group, a group's board, one board per stage prompt). Links that undo relies on
 * (a note naming a team removed since, a board of a removed stage, votes and mood entries of
 * removed participants) are not checked.
 *
 * <p>What can be repaired safely is repaired the way the app itself would have done it (a duplicate
 * that is an exact copy is dropped, a member of a removed team or group is left in none, a note in
 * an area its board no longer has goes to the first) and reported; anything else refuses the file.
 */
final class SessionInvariants {

    /** The session as it may be used, what was repaired, and why it may not be used (then refused). */
    record Outcome(Session session, List<Message> repairs, List<Message> problems) {

        boolean refused() {
            return !problems.isEmpty();
        }
    }

    Outcome check(Session raw) {
        List<Message> repairs = new ArrayList<>();
        List<Message> problems = new ArrayList<>();
        Session s = raw;
        s = s.withAgenda(new Agenda(unique(s.agenda().stages(), st -> st.id(), "store.kind.stages", repairs, problems)));
        Roster roster = s.roster();
        List<Team> teams = unique(roster.teams(), t -> t.id(), "store.kind.teams", repairs, problems);
        List<Participant> participants = unique(roster.participants(), p -> p.id(), "store.kind.participants", repairs,
                problems);
        s = s.withRoster(new Roster(inTeams(participants, teams, repairs), teams));
        s = s.withBoards(boards(s.boards(), repairs, problems));
        s = s.withMoods(new Moods(unique(s.moods().rounds(), r -> r.id(), "store.kind.moodRounds", repairs, problems)));
        return new Outcome(problems.isEmpty() && !repairs.isEmpty() ? s : raw, List.copyOf(repairs), List.copyOf(problems));
    }

    private static Boards boards(Boards raw, List<Message> repairs, List<Message> problems) {
        List<Board> boards = unique(raw.boards(), Board::id, "store.kind.boards", repairs, problems);
        Map<String, Board> boardById = new HashMap<>();
        Set<String> prompts = new HashSet<>();
        for (Board b : boards) {
            boardById.put(b.id(), b);
            if (!prompts.add(b.stageId() + "\u0000" + b.prompt())) {
                problems.add(Message.of("store.invariant.boardTwice", b.title()));
            }
        }
        List<Cluster> clusters = unique(raw.clusters(), Cluster::id, "store.kind.clusters", repairs, problems);
        Map<String, Cluster> clusterById = new HashMap<>();
        clusters.forEach(c -> clusterById.put(c.id(), c));
        int homeless = 0;
        int movedArea = 0;
        int ungrouped = 0;
        List<Note> notes = new ArrayList<>();
        for (Note n : unique(raw.notes(), Note::id, "store.kind.notes", repairs, problems)) {
            Board board = boardById.get(n.boardId());
            if (board == null) {
                homeless++;
                notes.add(n);
                continue;
            }
            int area = n.area();
            if (area < 0 || area >= board.areaCount()) {
                area = 0;
                movedArea++;
            }
            String cluster = n.clusterId();
            if (cluster != null && (!clusterById.containsKey(cluster) || !clusterById.get(cluster).boardId().equals(board.id()))) {
                cluster = null;
                ungrouped++;
            }
            notes.add(area == n.area() && cluster == n.clusterId() ? n : placed(n, area, cluster));
        }
        if (homeless > 0) {
            problems.add(Message.of("store.invariant.noteWithoutBoard", homeless));
        }
        report(repairs, movedArea, "store.repair.area");
        report(repairs, ungrouped, "store.repair.ungrouped");
        int before = clusters.size();
        clusters = clusters.stream().filter(c -> boardById.containsKey(c.boardId())).toList();
        report(repairs, before - clusters.size(), "store.repair.clusterDropped");
        return new Boards(boards, notes, clusters);
    }

    /** The note in another area or cluster, everything else as it was. */
    private static Note placed(Note n, int area, String cluster) {
        Map<String, Object> placement = new HashMap<>();
        placement.put("area", area);
        placement.put("clusterId", cluster);
        return Copies.with(n, placement);
    }

    /** Members of a team that is not there are in no team, as after removing the team. */
    private static List<Participant> inTeams(List<Participant> participants, List<Team> teams,
                                             List<Message> repairs) {
        Set<String> teamIds = new HashSet<>();
        teams.forEach(t -> teamIds.add(t.id()));
        int fixed = 0;
        List<Participant> out = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            if (p.teamId() != null && !teamIds.contains(p.teamId())) {
                out.add(Copies.with(p, java.util.Collections.singletonMap("teamId", null)));
                fixed++;
            } else {
                out.add(p);
            }
        }
        report(repairs, fixed, "store.repair.noTeam");
        return out;
    }

    /**
     * One of each id: an exact copy stored twice is dropped (repaired); two different things with one
     * id are a problem, since no change could tell them apart.
     */
    private static <T> List<T> unique(List<T> items, Function<T, String> id, String kind, List<Message> repairs,
                                      List<Message> problems) {
        Map<String, T> seen = new LinkedHashMap<>();
        List<T> out = new ArrayList<>(items.size());
        int copies = 0;
        for (T item : items) {
            T first = seen.putIfAbsent(id.apply(item), item);
            if (first == null) {
                out.add(item);
            } else if (first.equals(item)) {
                copies++;
            } else {
                problems.add(Message.of("store.invariant.sameId", Message.of(kind), id.apply(item)));
            }
        }
        if (copies > 0) {
            repairs.add(Message.of("store.repair.duplicate", Message.of(kind), copies));
        }
        return copies == 0 ? items : out;
    }

    private static void report(List<Message> repairs, int count, String key) {
        if (count > 0) {
            repairs.add(Message.of(key, count));
        }
    }
}
