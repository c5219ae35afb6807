package org.zielbild.domain.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;
import org.zielbild.domain.Texts;
import org.zielbild.domain.roster.Roster;

/**
 * The session's sticky-note boards with their notes and clusters. Notes and clusters are kept in
 * flat lists (each names its board), in the order they were made, which is also the order they
 * are drawn in.
 */
public record Boards(List<Board> boards, List<Note> notes, List<Cluster> clusters) {

    public Boards {
        boards = boards == null ? List.of() : List.copyOf(boards);
        notes = notes == null ? List.of() : List.copyOf(notes);
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
    }

    public static Boards empty() {
        return new Boards(List.of(), List.of(), List.of());
    }

    public Optional<Board> board(String id) {
        return boards.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Board requireBoard(String id) {
        return board(id).orElseThrow(() -> DomainException.of("error.board.unknown"));
    }

    /** The board of a stage's prompt, if it has been made. */
    public Optional<Board> boardFor(String stageId, int prompt) {
        return boards.stream().filter(b -> b.stageId().equals(stageId) && b.prompt() == prompt).findFirst();
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Note requireNote(String id) {
        return note(id).orElseThrow(() -> DomainException.of("error.note.unknown"));
    }

    /**
     * The notes with these ids, in the order of the ids, found in one pass over the notes (a
     * lookup per id would cost the number of ids times the number of notes).
     *
     * @throws DomainException when one of them does not exist
     */
    public List<Note> requireNotes(List<String> ids) {
        Map<String, Note> found = notesById(ids);
        List<Note> list = new ArrayList<>(ids.size());
        for (String id : ids) {
            Note n = found.get(id);
            if (n == null) {
                throw DomainException.of("error.note.unknown");
            }
            list.add(n);
        }
        return list;
    }

    /** Those of the notes with these ids that exist, by id, found in one pass. */
    public Map<String, Note> notesById(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, Note> found = new HashMap<>();
        for (Note n : notes) {
            if (wanted.contains(n.id())) {
                found.put(n.id(), n);
            }
        }
        return found;
    }

    public List<Note> notesOf(String boardId) {
        return notes.stream().filter(n -> n.boardId().equals(boardId)).toList();
    }

    public Optional<Cluster> cluster(String id) {
        return clusters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Cluster requireCluster(String id) {
        return cluster(id).orElseThrow(() -> DomainException.of("error.cluster.unknown"));
    }

    public List<Cluster> clustersOf(String boardId) {
        return clusters.stream().filter(c -> c.boardId().equals(boardId)).toList();
    }

    public List<Note> members(String clusterId) {
        return notes.stream().filter(n -> clusterId.equals(n.clusterId())).toList();
    }

    public int indexOfNote(String id) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public int indexOfCluster(String id) {
        for (int i = 0; i < clusters.size(); i++) {
            if (clusters.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // --- changes go through these, so every path validates the same way ---

    Boards withBoard(Board raw) {
        Board board = raw.validated();
        if (board(board.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", board.id());
        }
        if (boardFor(board.stageId(), board.prompt()).isPresent()) {
            throw DomainException.of("error.board.exists");
        }
        List<Board> list = new ArrayList<>(boards);
        list.add(board);
        return new Boards(list, notes, clusters);
    }

    Boards withBoardUpdated(String boardId, UnaryOperator<Board> update) {
        Board old = requireBoard(boardId);
        List<Board> list = new ArrayList<>(boards);
        list.set(list.indexOf(old), update.apply(old));
        return new Boards(list, notes, clusters);
    }

    /**
     * Adds a note; {@code roster} checks that its team exists (null when a deleted note comes
     * back: its team may have been removed since, and the note keeps the reference).
     */
    Boards withNoteAt(int index, Note raw, Roster roster) {
        if (note(raw.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", raw.id());
        }
        Note note = checkedNote(raw, roster);
        List<Note> list = new ArrayList<>(notes);
        list.add(ListIndex.clamp(index, list.size()), note);
        return new Boards(boards, list, clusters);
    }

    private Note checkedNote(Note raw, Roster roster) {
        Note note = raw.withText(Note.cleanText(raw.text()))
                .withDetails(checkedDetails(raw.details(), roster));
        checkPlacement(note, note.placement());
        return note;
    }

    /**
     * Puts notes back at their indexes, in the order given (each index counts in the list as the
     * notes before it left it), like {@link #withNoteAt} one after the other with no roster check,
     * but with one copy of the list instead of one per note.
     */
    Boards withNotesRestored(List<IndexedNote> restored) {
        Set<String> ids = new HashSet<>();
        notes.forEach(n -> ids.add(n.id()));
        List<Note> list = new ArrayList<>(notes.size() + restored.size());
        list.addAll(notes);
        for (IndexedNote indexed : restored) {
            Note raw = indexed.note();
            if (!ids.add(raw.id())) {
                throw DomainException.of("error.duplicateId", raw.id());
            }
            Note note = checkedNote(raw, null);
            list.add(ListIndex.clamp(indexed.index(), list.size()), note);
        }
        return new Boards(boards, list, clusters);
    }

    /** Updates notes by id in one pass, so moving many notes stays linear in the number of notes. */
    private <T> Boards withNotesUpdated(Map<String, T> byNote, BiFunction<Note, T, Note> update) {
        List<Note> list = new ArrayList<>(notes.size());
        int found = 0;
        for (Note n : notes) {
            T how = byNote.get(n.id());
            if (how != null) {
                found++;
                list.add(update.apply(n, how));
            } else {
                list.add(n);
            }
        }
        if (found != byNote.size()) {
            throw DomainException.of("error.note.unknown");
        }
        return new Boards(boards, list, clusters);
    }

    Boards withNotesPlaced(List<NotePlacement> placements) {
        return withNotesUpdated(byNote(placements, NotePlacement::noteId), (n, p) -> {
            checkPlacement(n, p);
            return n.withPlacement(p);
        });
    }

    /**
     * New team, author or colour. The team is checked against the roster by the caller when it
     * is a new choice; undo may bring back a team that was removed since (notes keep the reference).
     */
    Boards withNoteDetails(List<NoteDetails> details, Roster roster) {
        return withNotesUpdated(byNote(details, NoteDetails::noteId), (n, d) -> n.withDetails(checkedDetails(d, roster)));
    }

    Boards withNoteText(String noteId, String text) {
        return withNotesUpdated(Map.of(noteId, Note.cleanText(text)), Note::withText);
    }

    private static <T> Map<String, T> byNote(List<T> items, Function<T, String> noteId) {
        Map<String, T> map = new HashMap<>();
        for (T item : items) {
            if (map.put(noteId.apply(item), item) != null) {
                throw DomainException.of("error.note.twice");
            }
        }
        return map;
    }

    /** Removes the notes and every dot placed on them. */
    Boards withoutNotes(Set<String> ids) {
        List<Note> list = new ArrayList<>(notes.size());
        Set<String> boardsHit = new HashSet<>();
        for (Note n : notes) {
            if (ids.contains(n.id())) {
                boardsHit.add(n.boardId());
            } else {
                list.add(n);
            }
        }
        if (notes.size() - list.size() != ids.size()) {
            throw DomainException.of("error.note.unknown");
        }
        List<Board> bs = boards.stream()
                .map(b -> boardsHit.contains(b.id()) && b.vote() != null ? b.withVote(b.vote().withoutNotes(ids)) : b)
                .toList();
        return new Boards(bs, list, clusters);
    }

    Boards withClusterAt(int index, Cluster raw) {
        requireBoard(raw.boardId());
        if (cluster(raw.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", raw.id());
        }
        checkFinite(raw.x(), raw.y());
        Cluster c = raw.withName(cleanClusterName(raw.name()));
        List<Cluster> list = new ArrayList<>(clusters);
        list.add(ListIndex.clamp(index, list.size()), c);
        return new Boards(boards, notes, list);
    }

    /** Removes a cluster; its notes stay where they are, in no cluster. */
    Boards withoutCluster(String clusterId) {
        Cluster c = requireCluster(clusterId);
        List<Cluster> list = new ArrayList<>(clusters);
        list.remove(c);
        List<Note> ns = notes.stream().map(n -> clusterId.equals(n.clusterId())
                ? n.withPlacement(new NotePlacement(n.id(), n.area(), n.x(), n.y(), null)) : n).toList();
        return new Boards(boards, ns, list);
    }

    Boards withClusterUpdated(String clusterId, UnaryOperator<Cluster> update) {
        Cluster old = requireCluster(clusterId);
        Cluster c = update.apply(old);
        checkFinite(c.x(), c.y());
        c = c.withName(cleanClusterName(c.name()));
        List<Cluster> list = new ArrayList<>(clusters);
        list.set(list.indexOf(old), c);
        return new Boards(boards, notes, list);
    }

    static String cleanClusterName(String raw) {
        String name = Texts.singleLine(raw);
        if (name.isEmpty()) {
            throw DomainException.of("error.cluster.nameEmpty");
        }
        if (Texts.length(name) > Cluster.MAX_NAME) {
            throw DomainException.of("error.textTooLong", Cluster.MAX_NAME, Texts.length(name));
        }
        return name;
    }

    private void checkPlacement(Note note, NotePlacement p) {
        Board board = requireBoard(note.boardId());
        if (p.area() < 0 || p.area() >= board.areaCount()) {
            throw DomainException.of("error.note.area");
        }
        checkFinite(p.x(), p.y());
        if (p.clusterId() != null && !requireCluster(p.clusterId()).boardId().equals(board.id())) {
            throw DomainException.of("error.cluster.otherBoard");
        }
    }

    private static NoteDetails checkedDetails(NoteDetails d, Roster roster) {
        if (d.teamId() != null && roster != null) {
            roster.requireTeam(d.teamId());
        }
        return new NoteDetails(d.noteId(), d.teamId(), Note.cleanAuthor(d.author()), d.color());
    }

    private static void checkFinite(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > 1e7 || Math.abs(y) > 1e7) {
            throw DomainException.of("error.note.position");
        }
    }
}
