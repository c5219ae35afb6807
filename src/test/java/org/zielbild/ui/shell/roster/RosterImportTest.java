package org.zielbild.ui.shell.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.Sessions;

class RosterImportTest {

    private final Session base = AddParticipant.atEnd(new Participant("p0", "Anna", null)).apply(Sessions.empty());
    private final RosterImport importer = new RosterImport(base.roster(), Sessions.counterIds());

    private static List<String> keys(ImportPlan plan) {
        return plan.problems().stream().map(p -> p.line() + ":" + p.message().key()).toList();
    }

    @Test
    void aPastedListAddsEveryGoodLineAndNamesEverySkippedOne() {
        ImportPlan plan = importer.names("Ben\n\nanna\nCarla\nBen\n" + "x".repeat(81) + "\n\n");
        assertThat(plan.participants()).isEqualTo(2);
        assertThat(keys(plan)).containsExactly("2:import.line.empty", "3:import.line.duplicate",
                "5:import.line.duplicate", "6:import.line.tooLong");
        Session after = plan.asChange().orElseThrow().apply(base);
        assertThat(after.roster().participants()).extracting(Participant::name).containsExactly("Anna", "Ben", "Carla");
    }

    @Test
    void csvCreatesTeamsOnceAndSkipsOnlyTheMalformedLine() {
        String csv = "name,team\n"
                + "Ben,Sales\n"
                + "\"Müller, Jürgen\",sales\n"
                + "\"broken,Sales\n"
                + "Dana,,\n"
                + "Eve,Service,extra,more\n"
                + "Fritz\n";
        ImportPlan plan = importer.csv(csv);
        assertThat(keys(plan)).containsExactly("4:import.line.malformed", "6:import.line.fields");
        assertThat(plan.participants()).isEqualTo(4);
        assertThat(plan.teams()).isEqualTo(1);
        Session after = plan.asChange().orElseThrow().apply(base);
        assertThat(after.roster().teams()).hasSize(1);
        String sales = after.roster().teams().get(0).id();
        assertThat(after.roster().participantNamed("Müller, Jürgen").orElseThrow().teamId()).isEqualTo(sales);
        assertThat(after.roster().participantNamed("Fritz").orElseThrow().teamId()).isNull();
        List<Change> changes = plan.changes();
        assertThat(changes.get(0)).isInstanceOf(AddTeam.class);
    }

    @Test
    void semicolonSeparatedFilesFromGermanSpreadsheetsWork() {
        ImportPlan plan = importer.csv("\uFEFFName;Team\r\nBen;Vertrieb\r\nCarla;Service\r\n");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.participants()).isEqualTo(2);
        assertThat(plan.teams()).isEqualTo(2);
    }

    @Test
    void nothingToAddMeansNoChange() {
        assertThat(importer.names("\n  \n").asChange()).isEmpty();
        assertThat(importer.names("").problems()).isEmpty();
    }
}
