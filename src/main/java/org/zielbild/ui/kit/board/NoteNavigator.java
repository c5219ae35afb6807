package org.zielbild.ui.kit.board;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.zielbild.domain.board.Note;

/** Moving between notes with the arrow keys: the nearest note in that direction, preferring notes in line. */
final class NoteNavigator {

    private NoteNavigator() {
    }

    /** Where the keyboard starts: the top left note. */
    static Optional<Note> first(List<Note> notes) {
        return notes.stream().min(Comparator.comparingDouble(Note::y).thenComparingDouble(Note::x));
    }

    /** The nearest note from {@code from} in the direction of an arrow key; empty at the edge. */
    static Optional<Note> next(List<Note> notes, Note from, KeyCode direction) {
        Note best = null;
        double bestScore = Double.MAX_VALUE;
        boolean horizontal = direction == KeyCode.LEFT || direction == KeyCode.RIGHT;
        for (Note n : notes) {
            double dx = n.x() - from.x();
            double dy = n.y() - from.y();
            double along = switch (direction) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                default -> dy;
            };
            double across = horizontal ? Math.abs(dy) : Math.abs(dx);
            if (!n.id().equals(from.id()) && along > 1) {
                double score = along + 2 * across;
                if (score < bestScore) {
                    bestScore = score;
                    best = n;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
