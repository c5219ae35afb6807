package org.zielbild.export.sections;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Roster;
import org.zielbild.domain.roster.Team;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.MinutesPart;

/** Who was there, team by team (teams in the roster's order, people without a team last). */
final class ParticipantsSection implements MinutesSection {

    static final String KEY = "participants";

    @Override
    public List<PlacedPart> parts(MinutesContext context) {
        Roster roster = context.session().roster();
        if (roster.participants().isEmpty()) {
            return List.of();
        }
        MinutesTexts t = context.texts();
        List<List<String>> rows = new ArrayList<>();
        int teamsWithPeople = 0;
        for (Team team : roster.teams()) {
            List<Participant> members = roster.members(team.id());
            if (!members.isEmpty()) {
                rows.add(row(team.name(), members));
                teamsWithPeople++;
            }
        }
        List<Participant> alone = roster.participants().stream()
                .filter(p -> p.teamId() == null || roster.team(p.teamId()).isEmpty()).toList();
        if (!alone.isEmpty()) {
            rows.add(row(t.t("minutes.participants.noTeam"), alone));
        }
        List<Block> blocks = List.of(
                new Block.Paragraph(t.t("minutes.participants.summary", roster.participants().size(), teamsWithPeople), false),
                new Block.Table(List.of(new Block.Column(t.t("minutes.participants.team"), false),
                        new Block.Column(t.t("minutes.participants.count"), true),
                        new Block.Column(t.t("minutes.participants.names"), false)), rows));
        return List.of(PlacedPart.opening(new MinutesPart(KEY, t.t("minutes.participants.title"), blocks)));
    }

    private static List<String> row(String team, List<Participant> people) {
        return List.of(team, String.valueOf(people.size()),
                String.join(", ", people.stream().map(Participant::name).toList()));
    }
}
