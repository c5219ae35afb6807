package org.zielbild.csv;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The coaches file, {@code coach,capacity[,style]}, read the same way by the command line (a whole
 * {@link CsvTable}, all or nothing) and the app's import (line by line, keeping the good lines):
 * which columns hold what, and what a capacity cell means. Further columns are ignored.
 */
public final class CoachColumns {

    /** Where the columns are; {@code style} is -1 when the file has none. */
    public record Columns(int coach, int capacity, int style) {

        /** The cells of one row ("" for a missing cell). */
        public String coach(List<String> row) {
            return cell(row, coach);
        }

        public String capacity(List<String> row) {
            return cell(row, capacity);
        }

        public String style(List<String> row) {
            return cell(row, style);
        }
    }

    /** Lines without a header row: coach, capacity, style in that order. */
    public static final Columns IN_ORDER = new Columns(0, 1, 2);

    /** Why a capacity cell is not a capacity. */
    public enum CapacityProblem { MISSING, NOT_A_WHOLE_NUMBER, TOO_LARGE }

    /** A capacity cell that is not a whole number (the range check against negatives is the caller's). */
    public static final class CapacityException extends Exception {
        private static final long serialVersionUID = 1L;
        private final CapacityProblem problem;

        CapacityException(CapacityProblem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public CapacityProblem problem() {
            return problem;
        }
    }

    private CoachColumns() {
    }

    /** The columns a header row names (lower case): coach and capacity must be there, style may. */
    public static Optional<Columns> in(List<String> header) {
        int coach = header.indexOf("coach");
        int capacity = header.indexOf("capacity");
        return coach >= 0 && capacity >= 0 ? Optional.of(new Columns(coach, capacity, header.indexOf("style")))
                : Optional.empty();
    }

    /** A whole number, e.g. "6" or "+6" or "-1"; refuses "", "sechs", "2.5" and numbers beyond an int. */
    public static int capacity(String text) throws CapacityException {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new CapacityException(CapacityProblem.MISSING);
        }
        if (!t.matches("[+-]?\\d+")) {
            throw new CapacityException(CapacityProblem.NOT_A_WHOLE_NUMBER);
        }
        BigInteger value = new BigInteger(t);
        if (value.bitLength() >= Integer.SIZE) {
            throw new CapacityException(CapacityProblem.TOO_LARGE);
        }
        return value.intValueExact();
    }

    static String cell(List<String> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).strip() : "";
    }
}
