package org.zielbild.ui.kit.board;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.zielbild.domain.Message;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Roster;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;

/**
 * The capture field of a board: the text being typed and the presets for the next notes (area,
 * team, colour, author), so a team can type twenty notes in a row; and the import of many notes.
 */
public final class NoteCapture {

    private final BoardContext board;
    private final StringProperty text = new SimpleStringProperty("");
    private final IntegerProperty area = new SimpleIntegerProperty(0);
    private final ObjectProperty<Team> team = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamColor> color = new SimpleObjectProperty<>();
    private final StringProperty author = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>();

    NoteCapture(BoardContext board) {
        this.board = board;
        text.addListener((obs, o, n) -> problem.set(null));
    }

    public StringProperty textProperty() {
        return text;
    }

    public IntegerProperty areaProperty() {
        return area;
    }

    /** The team new notes are from; its colour is theirs unless a colour is chosen. */
    public ObjectProperty<Team> teamProperty() {
        return team;
    }

    public ObjectProperty<TeamColor> colorProperty() {
        return color;
    }

    public StringProperty authorProperty() {
        return author;
    }

    /** Why the last typed note was not added; cleared when the text changes. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Adds the typed note in the next free place of the capture area; the text is kept when refused. */
    public boolean add() {
        BoardSnapshot s = board.snapshot();
        int a = Math.max(0, Math.min(s.board().areaCount() - 1, area.get()));
        double[] at = BoardGeometry.freeSlots(s, a, 1).get(0);
        Team t = team.get();
        Note note = new Note(board.newId(), board.boardId(), a, text.get(), t == null ? null : t.id(), author.get(),
                at[0], at[1], color.get(), null, board.now());
        if (!board.model().tryApply(AddNote.onTop(note), problem::set)) {
            return false;
        }
        text.set("");
        return true;
    }

    public NoteImport.Plan previewLines(String pasted) {
        return importer().lines(pasted);
    }

    public NoteImport.Plan previewCsv(String csv) {
        return importer().csv(csv);
    }

    public boolean applyImport(NoteImport.Plan plan) {
        return plan.asChange().map(board.model()::apply).orElse(false);
    }

    private NoteImport importer() {
        Team t = team.get();
        return new NoteImport(board.model().session().roster(), board.snapshot(), area.get(),
                t == null ? null : t.id(), author.get(), board.ids(), board.now());
    }

    /** The roster changed: the preset team is the same team as it is now (or none when it is gone). */
    void rosterChanged(Roster roster) {
        team.set(team.get() == null ? null : roster.team(team.get().id()).orElse(null));
    }
}
