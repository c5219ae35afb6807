package org.zielbild.session;

import org.zielbild.domain.Change;

/** One undoable step: the change as done and the change that reverts it. */
public record HistoryStep(Change change, Change inverse) {
}
