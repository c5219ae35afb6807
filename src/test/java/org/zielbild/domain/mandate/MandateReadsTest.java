package org.zielbild.domain.mandate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.domain.roster.RenameTeam;
import org.zielbild.domain.target.EditStatementText;
import org.zielbild.domain.target.RemoveStatement;
import org.zielbild.testing.MandateSamples;

/** Readiness, the coverage matrix, and what stays readable when statements, owners and teams go. */
class MandateReadsTest {

    private final Session day = MandateSamples.day(Language.EN);
    private final LocalDate today = MandateSamples.TODAY;

    private Readiness readiness(Session s, String team) {
        return Readiness.of(MandateTeams.team(s, team).orElseThrow(), s, today);
    }

    @Test
    void aTeamWithEverythingIsFourOfFour() {
        Readiness sales = readiness(day, "t0");
        assertThat(sales.met()).isEqualTo(4);
        assertThat(sales.total()).isEqualTo(4);
        assertThat(sales.complete()).isTrue();
        assertThat(sales.flagged()).isFalse();
    }

    @Test
    void anActionWithoutDueDateMissesTheLastCheckAndAnOverdueOneIsFlagged() {
        Readiness service = readiness(day, "t1");
        assertThat(service.met()).isEqualTo(3);
        assertThat(service.met(Readiness.Item.ACTIONS_COMPLETE)).isFalse();
        assertThat(service.incompleteActions()).isEqualTo(1);
        assertThat(service.overdue()).as("due 1 Dec, today 6 Dec").isEqualTo(1);
        Session done = new SetActionStatus("a3", ActionStatus.DONE).apply(day);
        assertThat(readiness(done, "t1").overdue()).as("a done action is not overdue").isZero();
    }

    @Test
    void anEmptyMandateIsKeptAndFlaggedNotRefused() {
        Session s = new SetMandateText("t0", "   ").apply(day);
        assertThat(s.mandates().mandate("t0").orElseThrow().text()).isEmpty();
        assertThat(readiness(s, "t0").met(Readiness.Item.MANDATE_WRITTEN)).isFalse();
        Readiness nothing = readiness(day, "t2");
        assertThat(nothing.met()).as("Engineering has nothing yet").isZero();
        assertThat(nothing.met(Readiness.Item.ACTIONS_COMPLETE)).as("no action is not 'every action complete'").isFalse();
    }

    @Test
    void aGuidelineWithoutBehaviourDoesNotCount() {
        Session s = new AddGuideline("t2", Guideline.of("gx", "Ship small"), -1).apply(day);
        assertThat(readiness(s, "t2").met(Readiness.Item.GUIDELINE_WITH_BEHAVIOUR)).isFalse();
        s = new AddBehaviour("t2", "gx", new Behaviour("bx", "One change per release", ""), -1).apply(s);
        assertThat(readiness(s, "t2").met(Readiness.Item.GUIDELINE_WITH_BEHAVIOUR)).isTrue();
    }

    @Test
    void theCoverageMatrixHasTheCarriedStatementsAndFlagsTheOneNoTeamServes() {
        Coverage c = Coverage.of(day);
        assertThat(c.rows()).extracting(Coverage.Row::statementId).containsExactlyElementsOf(MandateSamples.carried());
        assertThat(c.teams()).extracting(t -> t.id()).containsExactly("t0", "t1", "t2");
        assertThat(c.rows().get(0).served()).containsExactly(true, false, false);
        assertThat(c.uncovered()).extracting(Coverage.Row::statementId).containsExactly("st6");
        Session linked = new LinkStatement("t2", StatementLink.to(day.target(), "st6")).apply(day);
        assertThat(Coverage.of(linked).uncovered()).isEmpty();
    }

    @Test
    void aNotCarriedStatementMayBeLinkedButIsNoRowOfTheMatrix() {
        Session s = new LinkStatement("t2", StatementLink.to(day.target(), "st2")).apply(day);
        assertThat(s.mandates().mandate("t2").orElseThrow().links("st2")).isTrue();
        assertThat(Coverage.of(s).rows()).extracting(Coverage.Row::statementId).doesNotContain("st2");
    }

    @Test
    void aRemovedStatementStaysReadableWithTheTextTakenWhenLinked() {
        String was = day.target().requireStatement("st3").text();
        Session s = new RemoveStatement("st3").apply(day);
        StatementLink link = s.mandates().mandate("t0").orElseThrow().statements().get(1);
        assertThat(link.removedFrom(s.target())).isTrue();
        assertThat(link.textIn(s.target())).isEqualTo(was);
        assertThat(readiness(s, "t0").removedStatements()).isEqualTo(1);
        assertThat(readiness(s, "t0").met(Readiness.Item.STATEMENT_LINKED)).as("st1 is still there").isTrue();
        Session edited = new EditStatementText("st1", "Customers tell us every Monday.").apply(day);
        assertThat(edited.mandates().mandate("t0").orElseThrow().statements().get(0).textIn(edited.target()))
                .as("a living statement shows its words now").isEqualTo("Customers tell us every Monday.");
        assertThatThrownBy(() -> new LinkStatement("t2", new StatementLink("st3", was)).apply(s))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aRemovedOwnerStaysReadableAsAFormerParticipantAndIsFlagged() {
        Session renamed = new RenameParticipant("p0", "Anna Berg").apply(day);
        renamed = new SetActionFirstStep("a1", "Collect twelve calls").apply(renamed);
        Session s = new RemoveParticipant("p0").apply(renamed);
        Action a1 = s.mandates().requireAction("a1");
        assertThat(MandateTeams.formerOwner(s, a1)).isTrue();
        assertThat(MandateTeams.ownerName(s, a1)).isEqualTo("Anna Berg");
        Readiness sales = readiness(s, "t0");
        assertThat(sales.formerOwners()).isEqualTo(1);
        assertThat(sales.met(Readiness.Item.ACTIONS_COMPLETE)).as("a former owner needs a new one").isFalse();
        assertThat(sales.flagged()).isTrue();
    }

    @Test
    void anOwnerMustBeAParticipant() {
        assertThatThrownBy(() -> new SetActionOwner("a1", "nobody").apply(day))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("error.mandate.ownerNotParticipant"));
        Session s = AddParticipant.atEnd(new Participant("p-new", "Zoe", null)).apply(day);
        s = new SetActionOwner("a4", "p-new").apply(s);
        assertThat(MandateTeams.ownerName(s, s.mandates().requireAction("a4"))).isEqualTo("Zoe");
    }

    @Test
    void aRenamedTeamKeepsItsMandateAndARemovedOneKeepsItUnderRemovedTeam() {
        Session renamed = new RenameTeam("t0", "Sales & Partners").apply(day);
        TeamMandate sales = MandateTeams.team(renamed, "t0").orElseThrow();
        assertThat(sales.mandate().text()).startsWith("We win customers");
        assertThat(sales.name()).isEqualTo("Sales & Partners");
        renamed = new SetMandateValue("t0", "Revenue we can rely on.").apply(renamed);
        Session removed = new RemoveTeam("t0").apply(renamed);
        TeamMandate gone = MandateTeams.team(removed, "t0").orElseThrow();
        assertThat(gone.removed()).isTrue();
        assertThat(gone.name()).isEqualTo("Sales & Partners");
        assertThat(gone.actions()).extracting(Action::id).containsExactly("a1", "a2");
        assertThat(MandateTeams.of(removed)).extracting(TeamMandate::teamId).containsExactly("t1", "t2", "t0");
        assertThat(Coverage.of(removed).teams()).extracting(t -> t.id()).doesNotContain("t0");
        Session undone = new RemoveTeam("t0").inverse(renamed).apply(removed);
        assertThat(MandateTeams.team(undone, "t0").orElseThrow().removed()).as("undo restores the team").isFalse();
        assertThat(undone).isEqualTo(renamed);
    }

    @Test
    void aRemovedTeamsMandateAndActionsMoveToAnotherTeamWithNothingLost() {
        Session removed = new RemoveTeam("t0").apply(day);
        Session moved = new MoveMandate("t0", "t1").apply(removed);
        Mandate service = moved.mandates().mandate("t1").orElseThrow();
        assertThat(service.text()).contains("We solve requests").contains("We win customers");
        assertThat(service.statements()).extracting(StatementLink::statementId).containsExactly("st5", "st1", "st3");
        assertThat(service.guidelines()).extracting(Guideline::id).containsExactly("g3", "g1", "g2");
        assertThat(moved.mandates().actionsOf("t1")).extracting(Action::id).containsExactly("a1", "a2", "a3", "a4");
        assertThat(moved.mandates().mandate("t0")).isEmpty();
        assertThat(MandateTeams.of(moved)).noneMatch(TeamMandate::removed);
        assertThat(new MoveMandate("t0", "t1").inverse(removed).apply(moved)).isEqualTo(removed);
        assertThatThrownBy(() -> new MoveMandate("t0", "t0").apply(removed)).isInstanceOf(DomainException.class);
    }

    @Test
    void anActionNeedsWordsAndTextsAreCheckedNotCut() {
        assertThatThrownBy(() -> AddAction.atEnd(Action.of("x", "t0", "  ")).apply(day))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.userMessage().key()).isEqualTo("error.mandate.actionEmpty"));
        assertThatThrownBy(() -> new SetMandateText("t0", "x".repeat(Mandate.MAX_TEXT + 1)).apply(day))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.userMessage().key()).isEqualTo("error.textTooLong"));
        assertThatThrownBy(() -> new SetMandateText("nope", "x").apply(day)).isInstanceOf(DomainException.class);
    }

    @Test
    void aSessionActionBelongsToNoTeamAndCanLinkAMandate() {
        Session s = AddAction.atEnd(new Action("n1", null, "Send the minutes", "p2", "", today.plusDays(2), "", ActionStatus.OPEN,
                ActionLink.toMandate("t1", "Service"), null)).apply(day);
        assertThat(s.mandates().actionsOf(null)).extracting(Action::id).containsExactly("n1");
        assertThat(MandateTeams.linkText(s, s.mandates().requireAction("n1").link())).isEqualTo("Service");
        assertThat(MandateTeams.of(s)).allMatch(t -> t.actions().stream().noneMatch(a -> a.id().equals("n1")));
    }
}
