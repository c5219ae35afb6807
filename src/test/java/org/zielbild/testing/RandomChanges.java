package org.zielbild.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.AddStage;
import org.zielbild.domain.agenda.MoveStage;
import org.zielbild.domain.agenda.RemoveStage;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.agenda.SetStageTimeBox;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.domain.roster.RenameTeam;
import org.zielbild.domain.roster.SetParticipantTeam;
import org.zielbild.domain.roster.SetTeamColor;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;

/**
 * Random changes for property tests: mostly valid for the given session, some deliberately
 * invalid (duplicates, unknown ids, empty names), so refusals are exercised too.
 */
public final class RandomChanges {

    private static final String[] NAMES = {"Anna", "Ben", "Çağla", "Dörte", "Émile", "Fatima", "Gülşen", "Hans",
        "Ida", "Jürgen", "Kai", "Lea", "Mu\u0308ller", "Müller", "Ngozi", "Olaf", "😀 Emoji", "  ", "Zoë"};
    private static final String[] TEAMS = {"Sales", "Service", "IT", "Vertrieb", "sales", ""};

    private final Random random;
    private int counter;

    public RandomChanges(Random random) {
        this.random = random;
    }

    public Change next(Session s) {
        List<Participant> people = s.roster().participants();
        List<Team> teams = s.roster().teams();
        List<Stage> stages = s.agenda().stages();
        int pick = random.nextInt(15);
        return switch (pick) {
            case 0, 1 -> AddParticipant.atEnd(new Participant(id(), name(), teams.isEmpty() || random.nextBoolean()
                    ? null : teams.get(random.nextInt(teams.size())).id()));
            case 2 -> new RemoveParticipant(people.isEmpty() ? "missing" : pickId(people));
            case 3 -> new RenameParticipant(people.isEmpty() ? "missing" : pickId(people), name());
            case 4 -> new SetParticipantTeam(people.isEmpty() ? "missing" : pickId(people),
                    teams.isEmpty() || random.nextInt(4) == 0 ? null : teams.get(random.nextInt(teams.size())).id());
            case 5 -> AddTeam.atEnd(new Team(id(), TEAMS[random.nextInt(TEAMS.length)] + random.nextInt(3),
                    TeamColor.forIndex(random.nextInt(8))));
            case 6 -> new RemoveTeam(teams.isEmpty() ? "missing" : teams.get(random.nextInt(teams.size())).id());
            case 7 -> new RenameTeam(teams.isEmpty() ? "missing" : teams.get(random.nextInt(teams.size())).id(),
                    TEAMS[random.nextInt(TEAMS.length)]);
            case 8 -> new SetTeamColor(teams.isEmpty() ? "missing" : teams.get(random.nextInt(teams.size())).id(),
                    TeamColor.forIndex(random.nextInt(8)));
            case 9 -> new AddStage(new Stage(id(), "Stage " + random.nextInt(100), "welcome",
                    random.nextInt(130) - 5, "Do it", List.of()), random.nextInt(stages.size() + 2) - 1);
            case 10 -> new RemoveStage(stages.isEmpty() ? "missing" : stages.get(random.nextInt(stages.size())).id());
            case 11 -> new MoveStage(stages.isEmpty() ? "missing" : stages.get(random.nextInt(stages.size())).id(),
                    random.nextInt(Math.max(1, stages.size() + 1)));
            case 12 -> new RenameStage(stages.isEmpty() ? "missing" : stages.get(random.nextInt(stages.size())).id(),
                    random.nextInt(5) == 0 ? " " : "Renamed " + random.nextInt(50));
            case 13 -> new SetStageTimeBox(stages.isEmpty() ? "missing" : stages.get(random.nextInt(stages.size())).id(),
                    random.nextInt(100));
            default -> batch(s);
        };
    }

    private Change batch(Session s) {
        List<Change> parts = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            parts.add(AddParticipant.atEnd(new Participant(id(), name(), null)));
        }
        return new Batch(Message.of("change.importParticipants", n), parts);
    }

    private String pickId(List<Participant> people) {
        return people.get(random.nextInt(people.size())).id();
    }

    private String name() {
        return NAMES[random.nextInt(NAMES.length)] + (random.nextInt(3) == 0 ? "" : " " + random.nextInt(20));
    }

    private String id() {
        return "r" + (++counter);
    }
}
