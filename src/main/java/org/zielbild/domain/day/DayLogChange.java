package org.zielbild.domain.day;

import org.zielbild.domain.Change;
import org.zielbild.domain.Session;

/**
 * A change to the day log (timer presses, starting and ending stages). These are bookkeeping:
 * journaled, so they survive a restart and reach the minutes, but kept off the undo stack, so
 * Ctrl+Z reverts content edits and never a timer press. The inverse restores the log as it was.
 */
interface DayLogChange extends Change {

    @Override
    default Change inverse(Session before) {
        return new RestoreDayLog(before.dayLog());
    }

    @Override
    default boolean undoable() {
        return false;
    }
}
