package org.zielbild.ui.modules.coaching.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.I18n;

class CoachingImportsTest {

    private final AtomicInteger ids = new AtomicInteger();
    private Session s = new AddParticipants(List.of(new Participant("p1", "Ahmet Yılmaz", null),
            new Participant("p2", "Schmidt, Lena", null), new Participant("p3", "Emil Groß", null)))
            .apply(Sessions.templateDay(Language.EN));

    private List<String> problems(CoachingImportPlan plan, Language language) {
        I18n i18n = new I18n(language);
        return plan.problems().stream().map(ImportProblem::message).map(i18n::text).toList();
    }

    @Test
    void coachesComeWithHeaderQuotesAndStyleAndEachBadLineIsSkippedWithItsReason() {
        s = AddCoach.atEnd(Coach.of("x", "Anna Weber", 6)).apply(s);
        String csv = "coach,capacity,style\n"
                + "\"Okafor, Daniel\",6,\"career, growth\"\n"
                + "Bernd Köhler,sechs,systemic\n"
                + "anna weber,3,\n"
                + "Chiara Rossi,,\n"
                + "Dora,-1,\n"
                + "\n"
                + "Eva Ödegaard,4,\"Agile \"\"leadership\"\"\"\n";
        CoachingImportPlan plan = new CoachImport(s.coaching(), () -> "c" + ids.incrementAndGet()).plan(csv);
        for (var change : plan.changes()) {
            s = change.apply(s);
        }
        assertThat(s.coaching().coaches()).extracting(Coach::name).containsExactly("Anna Weber", "Okafor, Daniel", "Eva Ödegaard");
        assertThat(s.coaching().coachNamed("Eva Ödegaard").orElseThrow().style()).isEqualTo("Agile \"leadership\"");
        assertThat(s.coaching().coachNamed("okafor, daniel").orElseThrow().capacity()).isEqualTo(6);
        assertThat(problems(plan, Language.EN)).containsExactly(
                "Line 3: the capacity of “Bernd Köhler” is “sechs”, not a whole number; the line is skipped.",
                "Line 4: there is already a coach called “anna weber”; the line is skipped.",
                "Line 5: “Chiara Rossi” has no capacity; the line is skipped.",
                "Line 6: the capacity of “Dora” is -1; it must be from 0 to 999. The line is skipped.",
                "Line 7 is empty and is skipped.");
        assertThat(problems(plan, Language.DE).get(0)).startsWith("Zeile 3: Die Kapazität von „Bernd Köhler“ ist „sechs“");
        assertThat(new I18n(Language.EN).text(plan.summary())).isEqualTo("2 coaches will be added; 5 lines will be skipped.");
    }

    @Test
    void coachesWithoutAHeaderAndSemicolonsAsGermanExcelWritesThem() {
        CoachingImportPlan plan = new CoachImport(s.coaching(), () -> "c" + ids.incrementAndGet())
                .plan("Jörg Müller;2;Systemisch\r\n\"Ann; die Ältere\";1\r\n");
        assertThat(plan.problems()).isEmpty();
        for (var change : plan.changes()) {
            s = change.apply(s);
        }
        assertThat(s.coaching().coaches()).extracting(Coach::name).containsExactly("Jörg Müller", "Ann; die Ältere");
    }

    @Test
    void ballotsMatchNamesIgnoringCaseAndSkipUnknownsGapsAndRepeats() {
        for (String[] c : new String[][] {{"a", "Anna Weber"}, {"b", "Bernd Köhler"}, {"d", "Okafor, Daniel"}}) {
            s = AddCoach.atEnd(Coach.of(c[0], c[1], 6)).apply(s);
        }
        s = new CastCoachBallot(new CoachBallot("p3", List.of("a"))).apply(s);
        String csv = "timestamp,participant,choice1,choice2,choice3\n"
                + "09:01,ahmet yılmaz,Bernd Köhler,anna weber,\"Okafor, Daniel\"\n"
                + "09:02,\"Schmidt, Lena\",Anna Weber,,Bernd Köhler\n"
                + "09:03,Sven Wolf,Anna Weber,,\n"
                + "09:04,Emil Groß,Bernd Köhler,,\n"
                + "09:05,Ahmet Yılmaz,Anna Weber,,\n"
                + "09:06,\"Schmidt, Lena\",Anna Webber,,\n";
        CoachingImportPlan plan = new BallotImport(s).plan(csv);
        assertThat(problems(plan, Language.EN)).containsExactly(
                "Line 3: Schmidt, Lena leaves choice 2 empty before a later one; the line is skipped.",
                "Line 4: “Sven Wolf” is not on the participants list; the line is skipped.",
                "Line 5: Emil Groß has already voted; the line is skipped (withdraw that ballot first to replace it).",
                "Line 6: Ahmet Yılmaz is listed a second time; the line is skipped.",
                "Line 7: Schmidt, Lena ranks “Anna Webber”, who is not one of the coaches; the line is skipped.");
        s = plan.asChange().orElseThrow().apply(s);
        assertThat(s.coaching().ballotOf("p1").orElseThrow().ranking()).containsExactly("b", "a", "d");
        assertThat(s.coaching().hasVoted("p2")).isFalse();
    }
}
