package org.zielbild.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zielbild.domain.Batch;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.testing.Sessions;

class RosterChangesTest {

    private final Session base = Sessions.empty();

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.userMessage().key();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void namesAreCleanedAndDuplicatesIgnoringCaseAndNormalisationAreRefused() {
        Session s = AddParticipant.atEnd(new Participant("p1", "  Jürgen  Müller ", null)).apply(base);
        assertThat(s.roster().participants().get(0).name()).isEqualTo("Jürgen Müller");
        assertThat(refusal(() -> AddParticipant.atEnd(new Participant("p2", "JU\u0308RGEN MÜLLER", null)).apply(s)))
                .isEqualTo("error.participant.duplicate");
        assertThat(refusal(() -> AddParticipant.atEnd(new Participant("p3", "\u200B ", null)).apply(s)))
                .isEqualTo("error.participant.nameEmpty");
        assertThat(refusal(() -> AddParticipant.atEnd(new Participant("p4", "x".repeat(81), null)).apply(s)))
                .isEqualTo("error.textTooLong");
    }

    @Test
    void renamingToOnesOwnNameInOtherCaseIsAllowed() {
        Session s = AddParticipant.atEnd(new Participant("p1", "anna", null)).apply(base);
        Session renamed = new RenameParticipant("p1", "Anna").apply(s);
        assertThat(renamed.roster().participants().get(0).name()).isEqualTo("Anna");
    }

    @Test
    void removingATeamKeepsItsMembersAndUndoPutsThemBack() {
        Session s = AddTeam.atEnd(new Team("t1", "Sales", TeamColor.BLUE)).apply(base);
        s = AddParticipant.atEnd(new Participant("p1", "Anna", "t1")).apply(s);
        s = AddParticipant.atEnd(new Participant("p2", "Ben", null)).apply(s);
        RemoveTeam remove = new RemoveTeam("t1");
        Session removed = remove.apply(s);
        assertThat(removed.roster().teams()).isEmpty();
        assertThat(removed.roster().requireParticipant("p1").teamId()).isNull();
        assertThat(remove.inverse(s).apply(removed)).isEqualTo(s);
    }

    @Test
    void aParticipantCannotJoinATeamThatDoesNotExist() {
        assertThatThrownBy(() -> AddParticipant.atEnd(new Participant("p1", "Anna", "nope")).apply(base))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aBatchIsAllOrNothing() {
        Batch batch = new Batch(Message.of("change.importParticipants", 2), java.util.List.of(
                AddParticipant.atEnd(new Participant("p1", "Anna", null)),
                AddParticipant.atEnd(new Participant("p2", "anna", null))));
        assertThat(refusal(() -> batch.apply(base))).isEqualTo("error.participant.duplicate");
        assertThat(base.roster().participants()).isEmpty();
    }
}
