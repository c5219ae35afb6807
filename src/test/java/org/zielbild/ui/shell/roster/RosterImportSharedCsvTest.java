package org.zielbild.ui.shell.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Roster;

/** The roster import still reads CSV the same way now that the line reading lives in org.zielbild.csv. */
class RosterImportSharedCsvTest {

    @Test
    void headerSemicolonsNewTeamsAndBadLines() {
        AtomicInteger n = new AtomicInteger();
        RosterImport importer = new RosterImport(Roster.empty(), () -> "id" + n.incrementAndGet());
        ImportPlan plan = importer.csv("\uFEFFName;Team\nAnn;Sales\nBen;sales\n\n\"broken\nCem;A;B;C\n");
        assertThat(plan.participants()).isEqualTo(2);
        assertThat(plan.teams()).isEqualTo(1);
        assertThat(plan.problems()).extracting(ImportProblem::line).containsExactly(4, 5, 6);
        Session s = org.zielbild.domain.TargetPictureDay.newSession("s",
                new org.zielbild.domain.SessionInfo("T", null, "", "", org.zielbild.domain.Language.EN), () -> "x" + n.incrementAndGet());
        Session after = plan.asChange().orElseThrow().apply(s);
        assertThat(after.roster().teams()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("Sales"));
        assertThat(after.roster().participants()).allSatisfy(p -> assertThat(p.teamId()).isEqualTo(after.roster().teams().get(0).id()));
    }
}
