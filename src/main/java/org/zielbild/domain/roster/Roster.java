package org.zielbild.domain.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;
import org.zielbild.domain.Texts;

/** Participants and teams. Names are unique (ignoring case) within each list. */
public record Roster(List<Participant> participants, List<Team> teams) {

    public Roster {
        participants = List.copyOf(participants);
        teams = List.copyOf(teams);
    }

    public static Roster empty() {
        return new Roster(List.of(), List.of());
    }

    public Optional<Participant> participant(String id) {
        return participants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Team> team(String id) {
        return teams.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Participant requireParticipant(String id) {
        return participant(id).orElseThrow(() -> DomainException.of("error.participant.unknown", id));
    }

    public Team requireTeam(String id) {
        return team(id).orElseThrow(() -> DomainException.of("error.team.unknown", id));
    }

    public Optional<Participant> participantNamed(String name) {
        String key = Texts.identityKey(Texts.singleLine(name));
        return participants.stream().filter(p -> Texts.hasIdentityKey(p.name(), key)).findFirst();
    }

    public Optional<Team> teamNamed(String name) {
        String key = Texts.identityKey(Texts.singleLine(name));
        return teams.stream().filter(t -> Texts.hasIdentityKey(t.name(), key)).findFirst();
    }

    public int indexOfParticipant(String id) {
        return indexOf(participants, p -> p.id().equals(id));
    }

    public int indexOfTeam(String id) {
        return indexOf(teams, t -> t.id().equals(id));
    }

    /** Who is here today (everyone not marked absent), in roster order. */
    public List<Participant> present() {
        return participants.stream().filter(Participant::present).toList();
    }

    public List<Participant> members(String teamId) {
        return participants.stream().filter(p -> teamId.equals(p.teamId())).toList();
    }

    // --- changes go through these, so every path validates the same way ---

    /**
     * Adds many participants at the end in one pass (a pasted list of thousands stays fast): the
     * same checks as {@link #withParticipantAt}, against the roster and among the new ones.
     */
    Roster withParticipantsAdded(List<Participant> raw) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        participants.forEach(p -> {
            ids.add(p.id());
            names.add(Texts.identityKey(p.name()));
        });
        java.util.Set<String> teamIds = new java.util.HashSet<>();
        teams.forEach(t -> teamIds.add(t.id()));
        List<Participant> list = new ArrayList<>(participants.size() + raw.size());
        list.addAll(participants);
        for (Participant r : raw) {
            Participant p = r.withName(cleanName(r.name(), Participant.MAX_NAME, "error.participant.nameEmpty"));
            if (!ids.add(p.id())) {
                throw DomainException.of("error.duplicateId", p.id());
            }
            if (!names.add(Texts.identityKey(p.name()))) {
                throw DomainException.of("error.participant.duplicate", p.name());
            }
            if (p.teamId() != null && !teamIds.contains(p.teamId())) {
                throw DomainException.of("error.team.unknown", p.teamId());
            }
            list.add(p);
        }
        return new Roster(list, teams);
    }

    /** Removes participants in one pass; every id must be there. */
    Roster withoutParticipants(java.util.Collection<String> ids) {
        java.util.Set<String> gone = new java.util.HashSet<>(ids);
        List<Participant> list = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            if (!gone.remove(p.id())) {
                list.add(p);
            }
        }
        if (!gone.isEmpty()) {
            throw DomainException.of("error.participant.unknown", gone.iterator().next());
        }
        return new Roster(list, teams);
    }

    Roster withParticipantAt(int index, Participant raw) {
        Participant p = raw.withName(cleanName(raw.name(), Participant.MAX_NAME, "error.participant.nameEmpty"));
        if (participant(p.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", p.id());
        }
        participantNamed(p.name()).ifPresent(other -> {
            throw DomainException.of("error.participant.duplicate", p.name());
        });
        if (p.teamId() != null) {
            requireTeam(p.teamId());
        }
        List<Participant> list = new ArrayList<>(participants);
        list.add(ListIndex.clamp(index, list.size()), p);
        return new Roster(list, teams);
    }

    Roster withoutParticipant(String id) {
        List<Participant> list = new ArrayList<>(participants);
        list.remove(requireParticipant(id));
        return new Roster(list, teams);
    }

    Roster withParticipantRenamed(String id, String newName) {
        String name = cleanName(newName, Participant.MAX_NAME, "error.participant.nameEmpty");
        participantNamed(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw DomainException.of("error.participant.duplicate", name);
        });
        return updateParticipant(id, p -> p.withName(name));
    }

    Roster withParticipantTeam(String id, String teamId) {
        if (teamId != null) {
            requireTeam(teamId);
        }
        return updateParticipant(id, p -> p.withTeam(teamId));
    }

    Roster withParticipantPresent(String id, boolean present) {
        return updateParticipant(id, p -> p.withPresent(present));
    }

    Roster withTeamAt(int index, Team raw) {
        Team t = raw.withName(cleanName(raw.name(), Team.MAX_NAME, "error.team.nameEmpty"));
        if (team(t.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", t.id());
        }
        teamNamed(t.name()).ifPresent(other -> {
            throw DomainException.of("error.team.duplicate", t.name());
        });
        List<Team> list = new ArrayList<>(teams);
        list.add(ListIndex.clamp(index, list.size()), t);
        return new Roster(participants, list);
    }

    /** Removes the team; its members stay, in no team. */
    Roster withoutTeam(String id) {
        Team team = requireTeam(id);
        List<Team> list = new ArrayList<>(teams);
        list.remove(team);
        List<Participant> people = participants.stream()
                .map(p -> id.equals(p.teamId()) ? p.withTeam(null) : p).toList();
        return new Roster(people, list);
    }

    Roster withTeamUpdated(String id, UnaryOperator<Team> update) {
        Team old = requireTeam(id);
        Team updated = update.apply(old);
        String name = cleanName(updated.name(), Team.MAX_NAME, "error.team.nameEmpty");
        teamNamed(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw DomainException.of("error.team.duplicate", name);
        });
        List<Team> list = new ArrayList<>(teams);
        list.set(list.indexOf(old), updated.withName(name));
        return new Roster(participants, list);
    }

    private Roster updateParticipant(String id, UnaryOperator<Participant> update) {
        Participant old = requireParticipant(id);
        List<Participant> list = new ArrayList<>(participants);
        list.set(list.indexOf(old), update.apply(old));
        return new Roster(list, teams);
    }

    static String cleanName(String raw, int max, String emptyKey) {
        String name = Texts.singleLine(raw);
        if (name.isEmpty()) {
            throw DomainException.of(emptyKey);
        }
        if (Texts.length(name) > max) {
            throw DomainException.of("error.textTooLong", max, Texts.length(name));
        }
        return name;
    }

    private static <T> int indexOf(List<T> list, java.util.function.Predicate<T> match) {
        for (int i = 0; i < list.size(); i++) {
            if (match.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
