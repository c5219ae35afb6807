package org.zielbild.ui.kit.board;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.geometry.Bounds;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DissolveCluster;
import org.zielbild.domain.board.EditNoteText;
import org.zielbild.domain.board.MoveCluster;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.NoteDetails;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.domain.board.RenameCluster;
import org.zielbild.domain.board.SetBoardHidden;
import org.zielbild.domain.board.SetNoteDetails;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.SessionModel;

/**
 * One board for the views: a snapshot to draw, the selection, and every board action as a
 * command that becomes one change (so each is undoable and journaled). The capture field lives in
 * {@link #capture()}, the dot vote in {@link #voting()}. Never touches controls; lives on the FX thread.
 */
public final class BoardViewModel {

    private final SessionModel model;
    private final String boardId;
    private final Supplier<String> ids;
    private final ReadOnlyObjectWrapper<BoardSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Bounds> focus = new ReadOnlyObjectWrapper<>();
    private final NoteCapture capture;
    private final DotVoting voting;
    private final ChangeListener<Session> listener = (obs, old, now) -> onSession(old, now);
    private final javafx.beans.property.ReadOnlyBooleanWrapper wallFollows = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final BoardFeed feed = new BoardFeed(snapshot.getReadOnlyProperty(), focus.getReadOnlyProperty(),
            wallFollows.getReadOnlyProperty());

    public BoardViewModel(SessionModel model, String boardId, Supplier<String> ids, Clock clock) {
        this.model = Objects.requireNonNull(model);
        this.boardId = Objects.requireNonNull(boardId);
        this.ids = ids;
        BoardContext context = new BoardContext(model, boardId, this::snapshot, ids, clock);
        this.capture = new NoteCapture(context);
        this.voting = new DotVoting(context);
        model.sessionProperty().addListener(listener);
        onSession(null, model.session());
    }

    public String boardId() {
        return boardId;
    }

    public SessionModel model() {
        return model;
    }

    public ReadOnlyObjectProperty<BoardSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public BoardSnapshot snapshot() {
        return snapshot.get();
    }

    /** This board read-only, for the projection: it can apply no change. */
    public BoardFeed feed() {
        return feed;
    }

    /** The capture field and the import. */
    public NoteCapture capture() {
        return capture;
    }

    /** The dot vote. */
    public DotVoting voting() {
        return voting;
    }

    /** The selected notes' ids, in the order they were selected; change it with the select commands. */
    public ObservableSet<String> selection() {
        return FXCollections.unmodifiableObservableSet(selection);
    }

    public ObservableList<Team> teams() {
        return FXCollections.unmodifiableObservableList(teams);
    }

    public ObservableList<Participant> participants() {
        return FXCollections.unmodifiableObservableList(participants);
    }

    /**
     * Whether the wall shows the laptop's view of the board (for a close look) instead of laying the
     * board out for itself (the default, decision 0102). View state: not stored in the session.
     */
    public javafx.beans.property.BooleanProperty wallFollowsProperty() {
        return wallFollows;
    }

    /** The part of the board the facilitator looks at (board units); the projection follows it. */
    public ObjectProperty<Bounds> focusProperty() {
        return focus;
    }

    public void dispose() {
        model.sessionProperty().removeListener(listener);
    }

    // --- selection ---

    public void select(Collection<String> noteIds, boolean add) {
        if (!add) {
            selection.clear();
        }
        selection.addAll(noteIds);
    }

    public void toggle(String noteId) {
        if (!selection.remove(noteId)) {
            selection.add(noteId);
        }
    }

    public void clearSelection() {
        selection.clear();
    }

    public void selectAll() {
        select(snapshot().notes().stream().map(Note::id).toList(), false);
    }

    /** The one selected note, if exactly one is selected. */
    public Optional<Note> singleSelected() {
        return selection.size() == 1 ? snapshot().note(selection.iterator().next()) : Optional.empty();
    }

    public List<Note> selectedNotes() {
        return snapshot().notes().stream().filter(n -> selection.contains(n.id())).toList();
    }

    // --- notes ---

    public boolean editText(String noteId, String text) {
        // Unchanged text is no step: the service drops changes that change nothing.
        return snapshot().note(noteId).isPresent() && model.apply(new EditNoteText(noteId, text));
    }

    public boolean deleteSelected() {
        return !selection.isEmpty() && model.apply(new RemoveNotes(List.copyOf(selection)));
    }

    /**
     * Drops dragged notes moved by (dx, dy). They join the cluster whose frame (as drawn when the
     * drag began) is under the pointer, or leave their clusters when dropped outside every frame;
     * the area follows the position.
     */
    public boolean dropNotes(Collection<String> noteIds, double dx, double dy, double pointerX, double pointerY) {
        BoardSnapshot s = snapshot();
        String target = BoardHits.clusterAt(s, pointerX, pointerY, null).orElse(null);
        List<NotePlacement> moves = new ArrayList<>();
        for (String id : noteIds) {
            s.note(id).ifPresent(n -> moves.add(new NotePlacement(id, BoardGeometry.areaAt(s.board(), n.x() + dx),
                    n.x() + dx, n.y() + dy, target)));
        }
        boolean changes = moves.stream().anyMatch(p -> s.note(p.noteId()).map(n -> !n.placement().equals(p)).orElse(false));
        return changes && model.apply(new PlaceNotes(moves));
    }

    public boolean setTeamOfSelected(Team team) {
        return restyleSelected(n -> new NoteDetails(n.id(), team == null ? null : team.id(), n.author(), null));
    }

    /** A colour of its own for each selected note; null gives them their team's colour again. */
    public boolean setColorOfSelected(TeamColor color) {
        return restyleSelected(n -> new NoteDetails(n.id(), n.teamId(), n.author(), color));
    }

    private boolean restyleSelected(Function<Note, NoteDetails> how) {
        List<NoteDetails> details = selectedNotes().stream().map(how).toList();
        return !details.isEmpty() && model.apply(new SetNoteDetails(details));
    }

    /** Private writing: while hidden, the projector shows only how many notes each team wrote. */
    public boolean setHidden(boolean hidden) {
        return snapshot().board().hidden() != hidden && model.apply(new SetBoardHidden(boardId, hidden));
    }

    // --- clusters ---

    /** Groups the selected notes into a new cluster, laid out compactly where they were. */
    public boolean groupSelected(String name) {
        List<Note> notes = selectedNotes();
        if (notes.isEmpty()) {
            return false;
        }
        double x = notes.stream().mapToDouble(Note::x).min().orElse(0);
        double y = notes.stream().mapToDouble(Note::y).min().orElse(0);
        Cluster cluster = new Cluster(ids.get(), boardId, name, x - BoardGeometry.FRAME_PAD,
                y - BoardGeometry.FRAME_PAD - BoardGeometry.FRAME_TITLE);
        List<NotePlacement> placed = BoardLayout.grid(snapshot(), notes, x, y, cluster.id());
        return model.apply(new Batch(Message.of("change.cluster.group", notes.size(), Texts.singleLine(name)),
                List.of(AddCluster.atEnd(cluster), new PlaceNotes(placed))));
    }

    public boolean renameCluster(String clusterId, String name) {
        return snapshot().cluster(clusterId).isPresent() && model.apply(new RenameCluster(clusterId, name));
    }

    public boolean dissolveCluster(String clusterId) {
        return snapshot().cluster(clusterId).isPresent() && model.apply(new DissolveCluster(clusterId));
    }

    /** Moves a cluster with all its notes. */
    public boolean moveCluster(String clusterId, double dx, double dy) {
        BoardSnapshot s = snapshot();
        if (s.cluster(clusterId).isEmpty() || dx == 0 && dy == 0) {
            return false;
        }
        Bounds frame = s.frames().get(clusterId);
        List<Change> steps = new ArrayList<>();
        steps.add(new MoveCluster(clusterId, frame.getMinX() + dx, frame.getMinY() + dy));
        List<NotePlacement> moves = s.membersOf(clusterId).stream().map(n -> new NotePlacement(n.id(),
                BoardGeometry.areaAt(s.board(), n.x() + dx), n.x() + dx, n.y() + dy, clusterId)).toList();
        if (!moves.isEmpty()) {
            steps.add(new PlaceNotes(moves));
        }
        return model.apply(new Batch(Message.of("change.cluster.move"), steps));
    }

    /**
     * Merges {@code sourceId} into {@code targetId}: the source's notes join the target below its
     * own notes (which stay where they are), and the source cluster is gone. One undo step.
     */
    public boolean mergeClusters(String targetId, String sourceId) {
        BoardSnapshot s = snapshot();
        Optional<Cluster> target = s.cluster(targetId);
        Optional<Cluster> source = s.cluster(sourceId);
        if (target.isEmpty() || source.isEmpty() || targetId.equals(sourceId)) {
            return false;
        }
        List<NotePlacement> moves = BoardLayout.merge(s, targetId, sourceId);
        List<Change> steps = new ArrayList<>();
        if (!moves.isEmpty()) {
            steps.add(new PlaceNotes(moves));
        }
        steps.add(new DissolveCluster(sourceId));
        return model.apply(new Batch(Message.of("change.cluster.merge", source.get().name(), target.get().name()), steps));
    }

    /** Lays out a cluster's notes in a compact grid at its frame. */
    public boolean tidyCluster(String clusterId) {
        BoardSnapshot s = snapshot();
        if (s.frames().get(clusterId) == null || s.membersOf(clusterId).isEmpty()) {
            return false;
        }
        return model.apply(new PlaceNotes(BoardLayout.tidy(s, clusterId)));
    }

    /** Arranges the whole board (see {@link BoardLayout#arrange}); one step. */
    public boolean arrange() {
        BoardSnapshot s = snapshot();
        if (s.notes().isEmpty() && s.clusters().isEmpty()) {
            return false;
        }
        return model.apply(new Batch(Message.of(s.revealed() ? "change.board.arrange" : "change.cluster.tidy"),
                BoardLayout.arrange(s)));
    }

    // --- keeping up with the session ---

    private void onSession(Session old, Session now) {
        if (old != null && old.boards() == now.boards() && old.roster() == now.roster()) {
            return;
        }
        if (now.boards().board(boardId).isEmpty()) {
            return; // the board went away (stage removed); the view is about to be disposed
        }
        BoardSnapshot s = BoardSnapshot.of(now, boardId);
        if (old == null || old.roster() != now.roster()) {
            teams.setAll(now.roster().teams());
            participants.setAll(now.roster().participants());
            capture.rosterChanged(now.roster());
            voting.rosterChanged(now.roster());
        }
        Set<String> present = new HashSet<>();
        s.notes().forEach(n -> present.add(n.id()));
        selection.retainAll(present);
        snapshot.set(s);
    }
}
