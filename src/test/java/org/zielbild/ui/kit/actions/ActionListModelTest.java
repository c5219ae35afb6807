package org.zielbild.ui.kit.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.session.SessionService;
import org.zielbild.testing.MandateSamples;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

/**
 * The action list's commands on the sample day (23 people, Sales and Service with actions): the
 * issue's bad input (an owner who is no participant, a due date in the past, 200 actions for one
 * team, an owner removed later) and notes turned into actions.
 */
class ActionListModelTest {

    private static final Clock CLOCK = Clock.fixed(MandateSamples.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final SessionModel model = new SessionModel(SessionService.inMemory(MandateSamples.day(Language.EN)), Notifier.SILENT);
    private final AtomicInteger n = new AtomicInteger();
    private final ActionListModel sales = new ActionListModel(model, () -> "x" + n.incrementAndGet(), CLOCK, ActionFilter.team("t0"));

    private Action action(String id) {
        return model.session().mandates().action(id).orElseThrow();
    }

    @Test
    void anOwnerWhoIsNoParticipantIsNeverKeptAsTextButCanBeAddedAsOneInOneUndo() {
        String id = sales.add("Invite the works council").orElseThrow();
        int people = model.session().roster().participants().size();

        assertThat(sales.setOwner(id, "Zoë Nobody")).isEqualTo(ActionListModel.OwnerResult.NOT_A_PARTICIPANT);
        assertThat(action(id).ownerId()).as("no free-text owner").isNull();
        assertThat(model.session().roster().participants()).hasSize(people);

        assertThat(sales.addOwnerAsParticipant(id, "Zoë Nobody")).isTrue();
        Participant zoe = model.session().roster().participantNamed("Zoë Nobody").orElseThrow();
        assertThat(zoe.teamId()).as("in the action's team").isEqualTo("t0");
        assertThat(action(id).ownerId()).isEqualTo(zoe.id());

        model.undo();
        assertThat(model.session().roster().participantNamed("Zoë Nobody")).isEmpty();
        assertThat(action(id).ownerId()).isNull();
    }

    @Test
    void ownersAreFoundByNameIgnoringCaseAndEmptyTextClearsTheOwner() {
        String id = sales.add("Call the three biggest customers").orElseThrow();
        assertThat(sales.setOwner(id, "  anna ")).isEqualTo(ActionListModel.OwnerResult.SET);
        assertThat(model.session().roster().participant(action(id).ownerId()).orElseThrow().name()).isEqualTo("Anna");
        assertThat(sales.setOwner(id, "")).isEqualTo(ActionListModel.OwnerResult.CLEARED);
        assertThat(action(id).ownerId()).isNull();
    }

    @Test
    void aDueDateInThePastIsAllowedAndFlagged() {
        String id = sales.add("Send the minutes").orElseThrow();
        assertThat(sales.setDue(id, MandateSamples.TODAY.minusDays(3))).isTrue();
        assertThat(sales.row(id).orElseThrow().overdue()).isTrue();
        assertThat(sales.setDue(id, MandateSamples.TODAY)).isTrue();
        assertThat(sales.row(id).orElseThrow().overdue()).as("today is not late").isFalse();
    }

    @Test
    void anOwnerRemovedFromTheParticipantsStaysReadableAsAFormerOneAndIsFlagged() {
        // a1 is Sales' action owned by p0 (Anna).
        model.apply(new RemoveParticipant("p0"));
        ActionRow row = sales.row("a1").orElseThrow();
        assertThat(row.formerOwner()).isTrue();
        assertThat(row.ownerName()).isEqualTo("Anna");
        model.undo();
        assertThat(sales.row("a1").orElseThrow().formerOwner()).isFalse();
    }

    @Test
    void twoHundredActionsForOneTeamAreListedFilteredAndSortedAndOneEditTouchesOneRow() {
        Random rnd = new Random(12);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = sales.add("Action " + i).orElseThrow();
            ids.add(id);
            if (i % 3 == 0) {
                sales.setDue(id, MandateSamples.TODAY.plusDays(rnd.nextInt(90) - 10));
            }
            if (i % 4 == 0) {
                sales.setOwner(id, i % 8 == 0 ? "Ben" : "Cem");
            }
        }
        assertThat(sales.rows()).hasSize(202); // and the sample's two

        sales.sortByDueProperty().set(true);
        List<LocalDate> dues = sales.rows().stream().map(r -> r.action().due()).toList();
        int firstNone = dues.indexOf(null);
        assertThat(dues.subList(firstNone, dues.size())).as("no date last").containsOnlyNulls();
        assertThat(dues.subList(0, firstNone)).isSorted();

        String ben = model.session().roster().participantNamed("Ben").orElseThrow().id();
        sales.filterProperty().set(ActionFilter.team("t0").withOwner(ben));
        assertThat(sales.rows()).hasSize(25).allSatisfy(r -> assertThat(r.action().ownerId()).isEqualTo(ben));

        sales.filterProperty().set(ActionFilter.team("t0"));
        sales.sortByDueProperty().set(false);
        List<ListChangeListener.Change<? extends ActionRow>> changes = new ArrayList<>();
        sales.rows().addListener((ListChangeListener<ActionRow>) c -> {
            while (c.next()) {
                changes.add(c);
            }
        });
        sales.setWhat(ids.get(150), "Action 150, reworded");
        assertThat(changes).as("the list patches the one row; the table redraws one").hasSize(1);
        assertThat(sales.rows().get(152).action().what()).isEqualTo("Action 150, reworded");
    }

    @Test
    void aNoteBecomesAnActionLinkedToItOnce() {
        ActionListModel day = new ActionListModel(model, () -> "y" + n.incrementAndGet(), CLOCK, ActionFilter.ALL);
        Note note = new Note("n1", "b-next", 0, "Share the poster", null, "", 0, 0, null, null, null);
        String id = day.addFromNote(note).orElseThrow();
        assertThat(action(id).teamId()).as("the day's own action").isNull();
        assertThat(action(id).what()).isEqualTo("Share the poster");
        assertThat(action(id).note().noteId()).isEqualTo("n1");
        assertThat(day.actionFromNote("n1")).map(Action::id).contains(id);
        assertThat(sales.rows()).as("not one of Sales'").noneMatch(r -> r.id().equals(id));
    }
}
