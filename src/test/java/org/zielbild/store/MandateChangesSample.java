package org.zielbild.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.ActionLink;
import org.zielbild.domain.mandate.ActionStatus;
import org.zielbild.domain.mandate.AddAction;
import org.zielbild.domain.mandate.AddBehaviour;
import org.zielbild.domain.mandate.AddGuideline;
import org.zielbild.domain.mandate.Behaviour;
import org.zielbild.domain.mandate.EditBehaviour;
import org.zielbild.domain.mandate.EditGuideline;
import org.zielbild.domain.mandate.Guideline;
import org.zielbild.domain.mandate.LinkStatement;
import org.zielbild.domain.mandate.MoveGuideline;
import org.zielbild.domain.mandate.MoveMandate;
import org.zielbild.domain.mandate.NoteLink;
import org.zielbild.domain.mandate.RemoveAction;
import org.zielbild.domain.mandate.RemoveBehaviour;
import org.zielbild.domain.mandate.RemoveGuideline;
import org.zielbild.domain.mandate.SetActionDue;
import org.zielbild.domain.mandate.SetActionFirstStep;
import org.zielbild.domain.mandate.SetActionLink;
import org.zielbild.domain.mandate.SetActionOwner;
import org.zielbild.domain.mandate.SetActionStatus;
import org.zielbild.domain.mandate.SetActionTeam;
import org.zielbild.domain.mandate.SetActionText;
import org.zielbild.domain.mandate.SetMandateText;
import org.zielbild.domain.mandate.SetMandateValue;
import org.zielbild.domain.mandate.StatementLink;
import org.zielbild.domain.mandate.UnlinkStatement;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.Statement;
import org.zielbild.session.SessionService;

/**
 * Writes the stored sample of the mandate change names: a snapshot with teams, people, statements and
 * a next-steps note, and a journal that uses every {@code mandate.*} name (undo writes the restoring
 * ones), removes a team, an owner and a linked statement's team, and moves a removed team's mandate.
 * Run it once into a new folder, like {@link AllChangesSample}; {@link MandateChangesSampleTest} reads
 * it back. Never regenerate a committed folder.
 */
public final class MandateChangesSample {

    static final String TITLE = "Mandate changes v1";
    private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");

    private MandateChangesSample() {
    }

    public static void main(String[] args) throws Exception {
        AllChangesSample.write(Path.of(args[0]), TITLE, MandateChangesSample::morning, MandateChangesSample::mandates);
    }

    private static void morning(SessionService s) {
        s.apply(AddTeam.atEnd(new Team("t-sales", "Sales", TeamColor.ORANGE)));
        s.apply(AddTeam.atEnd(new Team("t-service", "Service", TeamColor.SKY_BLUE)));
        s.apply(AddTeam.atEnd(new Team("t-old", "Back office", TeamColor.VERMILLION)));
        s.apply(new AddParticipants(List.of(new Participant("p-anna", "Anna", "t-sales"), new Participant("p-ben", "Ben", "t-service"),
                new Participant("p-cem", "Cem", "t-old"), new Participant("p-dana", "Dana", "t-service"))));
        s.apply(AddStatement.atEnd(Statement.of("st-1", "Every Monday our customers tell us what they love.", "")));
        s.apply(AddStatement.atEnd(Statement.of("st-2", "We answer every customer within one working day.", "")));
        String closing = s.session().agenda().stages().get(6).id();
        s.apply(new AddBoard(Board.of("b-next", closing, 0, "Next steps", List.of())));
        s.apply(AddNote.onTop(new Note("n-1", "b-next", 0, "Send the minutes by Friday", null, "", 0, 0, null, null, T0)));
    }

    private static void mandates(SessionService s) {
        s.apply(new SetMandateText("t-sales", "We win customers who fit us and keep every promise."));
        s.apply(new SetMandateValue("t-sales", "Reliable revenue."));
        s.apply(new LinkStatement("t-sales", StatementLink.to(s.session().target(), "st-1")));
        s.apply(new LinkStatement("t-sales", StatementLink.to(s.session().target(), "st-2")));
        s.apply(new UnlinkStatement("t-sales", "st-2"));
        s.apply(new AddGuideline("t-sales", Guideline.of("g-1", "We listen first"), -1));
        s.apply(new AddGuideline("t-sales", Guideline.of("g-2", "Promises in writing"), -1));
        s.apply(new EditGuideline("t-sales", "g-2", "Every promise in writing"));
        s.apply(new MoveGuideline("t-sales", "g-2", 0));
        s.apply(new AddBehaviour("t-sales", "g-1", new Behaviour("b-1", "First calls start with questions", "three open ones"), -1));
        s.apply(new AddBehaviour("t-sales", "g-1", new Behaviour("b-2", "We repeat what we heard", ""), -1));
        s.apply(new EditBehaviour("t-sales", "g-1", new Behaviour("b-2", "We repeat what we heard", "in one sentence")));
        s.apply(new RemoveBehaviour("t-sales", "g-1", "b-2"));
        s.apply(new RemoveGuideline("t-sales", "g-2"));
        s.undo(); // mandate.restore
        s.apply(new SetMandateText("t-old", "We keep the files in order."));
        s.apply(AddAction.atEnd(new Action("a-1", "t-sales", "Write a call guide", "p-anna", "", LocalDate.of(2026, 12, 18),
                "", ActionStatus.OPEN, ActionLink.toStatement(s.session().target(), "st-1"), null)));
        s.apply(AddAction.atEnd(Action.of("a-2", "t-old", "Scan the old contracts")));
        s.apply(new SetActionText("a-2", "Scan the contracts of 2025"));
        s.apply(new SetActionFirstStep("a-2", "Order a scanner"));
        s.apply(new SetActionOwner("a-2", "p-cem"));
        s.apply(new SetActionDue("a-2", LocalDate.of(2026, 11, 30)));
        s.apply(new SetActionStatus("a-2", ActionStatus.IN_PROGRESS));
        s.apply(new SetActionLink("a-2", ActionLink.toMandate("t-old", "Back office")));
        s.apply(AddAction.atEnd(new Action("a-3", null, "Send the minutes by Friday", "p-dana", "", LocalDate.of(2026, 12, 11), "",
                ActionStatus.OPEN, null, NoteLink.to(s.session().boards(), "n-1"))));
        s.apply(new SetActionTeam("a-3", "t-service"));
        s.apply(AddAction.atEnd(Action.of("a-x", "t-sales", "An action written by mistake")));
        s.apply(new RemoveAction("a-x"));
        s.undo(); // mandate.action.putBack
        s.apply(new RemoveAction("a-x"));
        s.apply(new SetActionStatus("a-1", ActionStatus.DONE));
        s.undo(); // mandate.action.restore
        s.apply(new RemoveParticipant("p-cem")); // a-2 keeps "Cem" as a former participant
        s.apply(new RemoveTeam("t-old")); // its mandate and a-2 stay, under "removed team"
        s.apply(new MoveMandate("t-old", "t-service"));
    }
}
