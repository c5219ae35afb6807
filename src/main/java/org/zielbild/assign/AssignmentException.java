package org.zielbild.assign;

/**
 * The input cannot be assigned as given: a user error, not a bug. The message names the
 * participant or coach; {@link #source()} and {@link #index()} say which input item is at fault so
 * that a front end can add a line number or highlight a row.
 */
public final class AssignmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which input list the faulty item is in. */
    public enum Source { COACHES, BALLOTS, LOCKS, FORBIDDEN, WHOLE_PROBLEM }

    private final Source source;
    private final int index;
    private final transient Bottleneck bottleneck;

    public AssignmentException(Source source, int index, String message) {
        this(source, index, message, null);
    }

    AssignmentException(Source source, int index, String message, Bottleneck bottleneck) {
        super(message);
        this.source = source;
        this.index = index;
        this.bottleneck = bottleneck;
    }

    static AssignmentException whole(String message) {
        return new AssignmentException(Source.WHOLE_PROBLEM, -1, message);
    }

    public Source source() {
        return source;
    }

    /** When not everyone can be placed (forbidden pairs, locks): who and which coaches, as data. */
    public java.util.Optional<Bottleneck> bottleneck() {
        return java.util.Optional.ofNullable(bottleneck);
    }

    /** Position of the faulty item in its list, or -1 when the problem as a whole is at fault. */
    public int index() {
        return index;
    }
}
