package org.zielbild.ui.board;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.geometry.Bounds;
import org.zielbild.domain.AddCluster;
import org.zielbild.domain.AddNote;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.Cluster;
import org.zielbild.domain.DissolveCluster;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.DotVote;
import org.zielbild.domain.EditNoteText;
import org.zielbild.domain.EndVote;
import org.zielbild.domain.Message;
import org.zielbild.domain.MoveCluster;
import org.zielbild.domain.Note;
import org.zielbild.domain.NoteDetails;
import org.zielbild.domain.NotePlacement;
import org.zielbild.domain.Participant;
import org.zielbild.domain.PlaceDot;
import org.zielbild.domain.PlaceNotes;
import org.zielbild.domain.RemoveDot;
import org.zielbild.domain.RemoveNotes;
import org.zielbild.domain.RenameCluster;
import org.zielbild.domain.RevealVote;
import org.zielbild.domain.Session;
import org.zielbild.domain.SetBoardHidden;
import org.zielbild.domain.SetNoteDetails;
import org.zielbild.domain.StartVote;
import org.zielbild.domain.Team;
import org.zielbild.domain.TeamColor;
import org.zielbild.domain.Texts;
import org.zielbild.ui.common.SessionModel;

/**
 * One board for the views: a snapshot to draw, the selection, the capture field's presets, and
 * every board action as a command that becomes one change (so each is undoable and journaled).
 * Never touches controls; lives on the FX thread.
 */
public final class BoardViewModel {

    private final SessionModel model;
    private final String boardId;
    private final Supplier<String> ids;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<BoardSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<Team> teams = FXCollections.observableArrayList();
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final StringProperty captureText = new SimpleStringProperty("");
    private final IntegerProperty captureArea = new SimpleIntegerProperty(0);
    private final ObjectProperty<Team> captureTeam = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamColor> captureColor = new SimpleObjectProperty<>();
    private final StringProperty captureAuthor = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Message> captureProblem = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Participant> voter = new SimpleObjectProperty<>();
    private final BooleanProperty dotMode = new SimpleBooleanProperty();
    private final ObjectProperty<Bounds> focus = new SimpleObjectProperty<>();
    private final ChangeListener<Session> listener = (obs, old, now) -> onSession(old, now);

    public BoardViewModel(SessionModel model, String boardId, Supplier<String> ids, Clock clock) {
        this.model = Objects.requireNonNull(model);
        this.boardId = Objects.requireNonNull(boardId);
        this.ids = ids;
        this.clock = clock;
        model.sessionProperty().addListener(listener);
        onSession(null, model.session());
        captureText.addListener((obs, o, n) -> captureProblem.set(null));
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

    public StringProperty captureTextProperty() {
        return captureText;
    }

    public IntegerProperty captureAreaProperty() {
        return captureArea;
    }

    /** The team new notes are from; its colour is theirs unless a colour is chosen. */
    public ObjectProperty<Team> captureTeamProperty() {
        return captureTeam;
    }

    public ObjectProperty<TeamColor> captureColorProperty() {
        return captureColor;
    }

    public StringProperty captureAuthorProperty() {
        return captureAuthor;
    }

    /** Why the last typed note was not added; cleared when the text changes. */
    public ReadOnlyObjectProperty<Message> captureProblemProperty() {
        return captureProblem.getReadOnlyProperty();
    }

    /** Whose dots a click places while {@link #dotModeProperty()} is on. */
    public ObjectProperty<Participant> voterProperty() {
        return voter;
    }

    public BooleanProperty dotModeProperty() {
        return dotMode;
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

    // --- notes ---

    /** Adds the typed note in the next free place of the capture area; the text is kept when refused. */
    public boolean addNote() {
        BoardSnapshot s = snapshot();
        int area = Math.max(0, Math.min(s.board().areaCount() - 1, captureArea.get()));
        double[] at = BoardGeometry.freeSlots(s, area, 1).get(0);
        Team team = captureTeam.get();
        Note note = new Note(ids.get(), boardId, area, captureText.get(), team == null ? null : team.id(),
                captureAuthor.get(), at[0], at[1], captureColor.get(), null, clock.instant());
        try {
            model.applyOrThrow(AddNote.onTop(note));
        } catch (DomainException e) {
            captureProblem.set(e.userMessage());
            return false;
        }
        captureText.set("");
        captureProblem.set(null);
        return true;
    }

    public boolean editText(String noteId, String text) {
        // Unchanged text is no step: the service drops changes that change nothing.
        return snapshot().note(noteId).isPresent() && model.apply(new EditNoteText(noteId, text));
    }

    public boolean deleteSelected() {
        if (selection.isEmpty()) {
            return false;
        }
        return model.apply(new RemoveNotes(List.copyOf(selection)));
    }

    /**
     * Drops dragged notes moved by (dx, dy). They join the cluster whose frame (as drawn when the
     * drag began) is under the pointer, or leave their clusters when dropped outside every frame;
     * the area follows the position.
     */
    public boolean dropNotes(Collection<String> noteIds, double dx, double dy, double pointerX, double pointerY) {
        BoardSnapshot s = snapshot();
        String target = clusterAt(pointerX, pointerY).orElse(null);
        List<NotePlacement> moves = new ArrayList<>();
        for (String id : noteIds) {
            s.note(id).ifPresent(n -> moves.add(new NotePlacement(id, BoardGeometry.areaAt(s.board(), n.x() + dx),
                    n.x() + dx, n.y() + dy, target)));
        }
        boolean changes = moves.stream().anyMatch(p -> s.note(p.noteId()).map(n -> !n.placement().equals(p)).orElse(false));
        return changes && model.apply(new PlaceNotes(moves));
    }

    /** The topmost cluster whose frame contains the point. */
    public Optional<String> clusterAt(double x, double y) {
        BoardSnapshot s = snapshot();
        List<Cluster> clusters = s.clusters();
        for (int i = clusters.size() - 1; i >= 0; i--) {
            if (s.frames().get(clusters.get(i).id()).contains(x, y)) {
                return Optional.of(clusters.get(i).id());
            }
        }
        return Optional.empty();
    }

    public boolean setTeamOfSelected(Team team) {
        return restyleSelected(n -> new NoteDetails(n.id(), team == null ? null : team.id(), n.author(), null));
    }

    /** A colour of its own for each selected note; null gives them their team's colour again. */
    public boolean setColorOfSelected(TeamColor color) {
        return restyleSelected(n -> new NoteDetails(n.id(), n.teamId(), n.author(), color));
    }

    private boolean restyleSelected(java.util.function.Function<Note, NoteDetails> how) {
        List<NoteDetails> details = selectedNotes().stream().map(how).toList();
        return !details.isEmpty() && model.apply(new SetNoteDetails(details));
    }

    public List<Note> selectedNotes() {
        BoardSnapshot s = snapshot();
        return s.notes().stream().filter(n -> selection.contains(n.id())).toList();
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
        List<NotePlacement> placed = gridPlacements(notes, x, y, cluster.id());
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
        Optional<Cluster> c = snapshot().cluster(clusterId);
        if (c.isEmpty() || dx == 0 && dy == 0) {
            return false;
        }
        BoardSnapshot s = snapshot();
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
        List<Note> own = s.membersOf(targetId);
        List<Note> joining = s.membersOf(sourceId);
        Bounds frame = s.frames().get(targetId);
        double x = frame.getMinX() + BoardGeometry.FRAME_PAD;
        double y = own.isEmpty() ? frame.getMinY() + BoardGeometry.FRAME_TITLE + BoardGeometry.FRAME_PAD
                : own.stream().mapToDouble(Note::y).max().orElse(0) + BoardGeometry.CELL_H;
        int cols = Math.max(1, (int) Math.round((frame.getWidth() - 2 * BoardGeometry.FRAME_PAD + BoardGeometry.GAP)
                / BoardGeometry.CELL_W));
        cols = own.isEmpty() ? (int) Math.ceil(Math.sqrt(joining.size())) : cols;
        List<NotePlacement> moves = new ArrayList<>();
        for (int i = 0; i < joining.size(); i++) {
            Note n = joining.get(i);
            double nx = x + (i % Math.max(1, cols)) * BoardGeometry.CELL_W;
            moves.add(new NotePlacement(n.id(), BoardGeometry.areaAt(s.board(), nx), nx,
                    y + (i / Math.max(1, cols)) * BoardGeometry.CELL_H, targetId));
        }
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
        Bounds frame = s.frames().get(clusterId);
        List<Note> members = s.membersOf(clusterId);
        if (frame == null || members.isEmpty()) {
            return false;
        }
        return model.apply(new PlaceNotes(gridPlacements(members, frame.getMinX() + BoardGeometry.FRAME_PAD,
                frame.getMinY() + BoardGeometry.FRAME_PAD + BoardGeometry.FRAME_TITLE, clusterId)));
    }

    /**
     * Arranges the whole board: clusters (most dots first once a vote is revealed, else in the
     * order they were made) flow in rows per area, their notes tidied, loose notes below. One step.
     */
    public boolean arrange() {
        BoardSnapshot s = snapshot();
        if (s.notes().isEmpty() && s.clusters().isEmpty()) {
            return false;
        }
        Comparator<Cluster> clusterOrder = Comparator.comparingInt((Cluster c) -> -s.dotsOnCluster(c.id()));
        Comparator<Note> noteOrder = Comparator.comparingInt((Note n) -> -s.dotsOn(n.id()));
        List<NotePlacement> moves = new ArrayList<>();
        List<Change> anchors = new ArrayList<>();
        for (int area = 0; area < s.board().areaCount(); area++) {
            int a = area;
            double left = BoardGeometry.areaLeft(area) + BoardGeometry.GAP;
            double right = left + BoardGeometry.AREA_COLUMNS * BoardGeometry.CELL_W;
            double x = left;
            double y = 0;
            double rowHeight = 0;
            List<Cluster> clusters = s.clusters().stream().filter(c -> areaOf(s, c) == a).sorted(clusterOrder).toList();
            for (Cluster c : clusters) {
                List<Note> members = s.membersOf(c.id()).stream().sorted(noteOrder).toList();
                double[] size = BoardGeometry.gridFrameSize(members.size());
                if (x > left && x + size[0] > right) {
                    x = left;
                    y += rowHeight + BoardGeometry.GAP;
                    rowHeight = 0;
                }
                anchors.add(new MoveCluster(c.id(), x, y));
                moves.addAll(gridPlacements(members, x + BoardGeometry.FRAME_PAD,
                        y + BoardGeometry.FRAME_PAD + BoardGeometry.FRAME_TITLE, c.id()));
                x += size[0] + BoardGeometry.GAP;
                rowHeight = Math.max(rowHeight, size[1]);
            }
            y += rowHeight + (clusters.isEmpty() ? 0 : BoardGeometry.GAP * 2);
            List<Note> loose = s.notes().stream().filter(n -> n.clusterId() == null && n.area() == a)
                    .sorted(noteOrder).toList();
            for (int i = 0; i < loose.size(); i++) {
                Note n = loose.get(i);
                moves.add(new NotePlacement(n.id(), a, left + (i % BoardGeometry.AREA_COLUMNS) * BoardGeometry.CELL_W,
                        y + (i / BoardGeometry.AREA_COLUMNS) * BoardGeometry.CELL_H, null));
            }
        }
        List<Change> steps = new ArrayList<>(anchors);
        if (!moves.isEmpty()) {
            steps.add(new PlaceNotes(moves));
        }
        return model.apply(new Batch(Message.of(s.revealed() ? "change.board.arrange" : "change.cluster.tidy"), steps));
    }

    private static int areaOf(BoardSnapshot s, Cluster c) {
        List<Note> members = s.membersOf(c.id());
        return members.isEmpty() ? BoardGeometry.areaAt(s.board(), c.x()) : members.get(0).area();
    }

    private List<NotePlacement> gridPlacements(List<Note> notes, double x, double y, String clusterId) {
        BoardSnapshot s = snapshot();
        List<double[]> at = BoardGeometry.grid(notes.size(), x, y);
        List<NotePlacement> out = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            double nx = at.get(i)[0];
            out.add(new NotePlacement(notes.get(i).id(), BoardGeometry.areaAt(s.board(), nx), nx, at.get(i)[1], clusterId));
        }
        return out;
    }

    // --- private writing and voting ---

    public boolean setHidden(boolean hidden) {
        return snapshot().board().hidden() != hidden && model.apply(new SetBoardHidden(boardId, hidden));
    }

    public boolean startVote(int dotsPerParticipant, int maxPerNote) {
        return model.apply(new StartVote(boardId, DotVote.start(ids.get(), dotsPerParticipant, maxPerNote, clock.instant())));
    }

    public boolean endVote() {
        return snapshot().board().vote() != null && model.apply(new EndVote(boardId));
    }

    public boolean reveal(boolean revealed) {
        DotVote vote = snapshot().board().vote();
        return vote != null && vote.revealed() != revealed && model.apply(new RevealVote(boardId, revealed));
    }

    /** One dot; refused (with a message) beyond the participant's dots or the limit per note. */
    public boolean placeDot(String participantId, String noteId) {
        return model.apply(new PlaceDot(boardId, participantId, noteId));
    }

    public boolean removeDot(String participantId, String noteId) {
        return model.apply(new RemoveDot(boardId, participantId, noteId));
    }

    /** One participant's dots by note; for the ballot screen and the facilitator's entry, never the projector. */
    public Map<String, Integer> dotsOf(String participantId) {
        DotVote vote = snapshot().board().vote();
        return vote == null ? Map.of() : vote.ballot(participantId).map(b -> b.dots()).orElse(Map.of());
    }

    public int dotsLeft(String participantId) {
        DotVote vote = snapshot().board().vote();
        return vote == null ? 0 : vote.left(participantId);
    }

    // --- import ---

    public NoteImport.Plan previewLines(String text) {
        return importer().lines(text);
    }

    public NoteImport.Plan previewCsv(String text) {
        return importer().csv(text);
    }

    public boolean applyImport(NoteImport.Plan plan) {
        return plan.asChange().map(model::apply).orElse(false);
    }

    private NoteImport importer() {
        Team team = captureTeam.get();
        return new NoteImport(model.session().roster(), snapshot(), captureArea.get(), team == null ? null : team.id(),
                captureAuthor.get(), ids, clock.instant());
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
            captureTeam.set(captureTeam.get() == null ? null : now.roster().team(captureTeam.get().id()).orElse(null));
            voter.set(voter.get() == null ? null : now.roster().participant(voter.get().id()).orElse(null));
        }
        Set<String> present = new HashSet<>();
        s.notes().forEach(n -> present.add(n.id()));
        selection.retainAll(present);
        snapshot.set(s);
    }
}
