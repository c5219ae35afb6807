package org.zielbild.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;

/**
 * Brings an observable list to a new content by changing only what differs, so list views
 * update the rows that changed instead of rebuilding every cell ({@code setAll} replaces
 * everything, and each visible cell of a ListView redraws itself on such a change).
 */
public final class ListPatch {

    private ListPatch() {
    }

    /**
     * Makes {@code target} equal to {@code now}: items equal to the ones in place are kept; with
     * the same length each differing item is replaced on its own; otherwise the differing middle
     * (between the common start and the common end) is removed and inserted.
     *
     * @return whether anything changed
     */
    public static <T> boolean apply(ObservableList<T> target, List<? extends T> now) {
        int oldSize = target.size();
        int newSize = now.size();
        int start = 0;
        while (start < oldSize && start < newSize && Objects.equals(target.get(start), now.get(start))) {
            start++;
        }
        if (start == oldSize && start == newSize) {
            return false;
        }
        if (oldSize == newSize) {
            for (int i = start; i < newSize; i++) {
                if (!Objects.equals(target.get(i), now.get(i))) {
                    target.set(i, now.get(i));
                }
            }
            return true;
        }
        int end = 0;
        while (end < oldSize - start && end < newSize - start
                && Objects.equals(target.get(oldSize - 1 - end), now.get(newSize - 1 - end))) {
            end++;
        }
        if (oldSize - end > start) {
            target.remove(start, oldSize - end);
        }
        if (newSize - end > start) {
            target.addAll(start, now.subList(start, newSize - end));
        }
        return true;
    }
}
