package org.zielbild.domain;

/** Where an insert lands in a list: changes carry an index, and -1 (or any index out of range) means "at the end". */
public final class ListIndex {

    private ListIndex() {
    }

    /** {@code index} when it is a valid insert position in a list of {@code size}, else {@code size}. */
    public static int clamp(int index, int size) {
        return index < 0 || index > size ? size : index;
    }
}
