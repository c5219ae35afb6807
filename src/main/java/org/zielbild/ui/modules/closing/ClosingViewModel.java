package org.zielbild.ui.modules.closing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.zielbild.domain.Message;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.ui.kit.actions.ActionFilter;
import org.zielbild.ui.kit.actions.ActionListModel;
import org.zielbild.ui.kit.board.BoardViewModel;
import org.zielbild.ui.kit.board.StageBoards;
import org.zielbild.ui.kit.mood.MoodRoundViewModel;
import org.zielbild.ui.spi.ModuleContext;

/**
 * The closing stage's check-out round (compared with the check-in), its boards (feedback, next
 * steps) and the day's one action list, into which a note on a board turns with one command.
 */
public final class ClosingViewModel {

    private final MoodRoundViewModel checkOut;
    private final List<BoardViewModel> boards;
    private final ActionListModel actions;
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>();

    public ClosingViewModel(ModuleContext context) {
        Clock clock = context.clock();
        this.checkOut = new MoodRoundViewModel(context.session(), context.stageId(), MoodKind.CHECK_OUT, context.ids(), clock);
        this.boards = context.stage().prompts().isEmpty() ? List.of()
                : StageBoards.onePerPrompt(context.session(), context.stage(), context.ids()).stream()
                        .map(id -> new BoardViewModel(context.session(), id, context.ids(), clock)).toList();
        this.actions = new ActionListModel(context.session(), context.ids(), clock, ActionFilter.ALL);
    }

    public MoodRoundViewModel checkOut() {
        return checkOut;
    }

    public List<BoardViewModel> boards() {
        return boards;
    }

    public ActionListModel actions() {
        return actions;
    }

    /** What the last note-to-action command said (e.g. "select a note first"); null when it worked. */
    public ObjectProperty<Message> noticeProperty() {
        return notice;
    }

    /**
     * Turns the selected notes of a board into actions of the whole session (the notes stay where
     * they are, each action linked to its note); a note turned already is not turned twice: its
     * action is returned. Returns the id of the last action to edit.
     */
    public Optional<String> notesToActions(BoardViewModel board) {
        List<Note> notes = board.selectedNotes();
        if (notes.isEmpty()) {
            notice.set(Message.of("closing.actions.selectNote"));
            return Optional.empty();
        }
        Optional<String> last = Optional.empty();
        int already = 0;
        for (Note n : notes) {
            Optional<Action> made = actions.actionFromNote(n.id());
            if (made.isPresent()) {
                already++;
                last = Optional.of(made.get().id());
            } else {
                Optional<String> id = actions.addFromNote(n);
                if (id.isEmpty()) {
                    return last;
                }
                last = id;
            }
        }
        notice.set(already == 0 ? null : Message.of("closing.actions.already", already));
        return last;
    }

    public void dispose() {
        actions.dispose();
    }
}
