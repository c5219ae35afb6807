package org.zielbild.csv;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The ballots file, {@code participant,choice1,choice2,...}, read the same way by the command line
 * and the app's import: the columns whose header starts with "choice", in file order, are the
 * ranking; other columns (a form's timestamp, an e-mail address) are ignored. Trailing empty choices
 * are fine; a gap before a later choice is refused, as its rank would be a guess.
 */
public final class BallotColumns {

    /** Where the participant's name and the choices are. */
    public record Columns(int participant, List<Integer> choices) {

        public Columns {
            choices = List.copyOf(choices);
        }

        public String participant(List<String> row) {
            return CoachColumns.cell(row, participant);
        }
    }

    /** A choice left empty before a later one; {@code choice} counts from 1. */
    public static final class GapException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int choice;

        GapException(int choice) {
            super("empty choice " + choice);
            this.choice = choice;
        }

        public int choice() {
            return choice;
        }
    }

    private BallotColumns() {
    }

    /** The columns a header row names (lower case): participant and at least one choice. */
    public static Optional<Columns> in(List<String> header) {
        int participant = header.indexOf("participant");
        List<Integer> choices = IntStream.range(0, header.size()).filter(i -> header.get(i).startsWith("choice"))
                .boxed().toList();
        return participant >= 0 && !choices.isEmpty() ? Optional.of(new Columns(participant, choices)) : Optional.empty();
    }

    /** Lines without a header row: the participant first, then the choices. */
    public static Columns inOrder(int width) {
        return new Columns(0, IntStream.range(1, Math.max(2, width)).boxed().toList());
    }

    /** The ranking in one row: the choices up to the last one filled in. */
    public static List<String> ranking(Columns columns, List<String> row) throws GapException {
        List<String> cells = columns.choices().stream().map(c -> CoachColumns.cell(row, c)).toList();
        int length = cells.size();
        while (length > 0 && cells.get(length - 1).isEmpty()) {
            length--;
        }
        for (int i = 0; i < length; i++) {
            if (cells.get(i).isEmpty()) {
                throw new GapException(i + 1);
            }
        }
        return cells.subList(0, length);
    }
}
