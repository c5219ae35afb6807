package org.zielbild.session;

import org.zielbild.domain.Change;
import org.zielbild.domain.Session;

/** A change has been applied: view-models compare {@code before} and {@code after} slices to update. */
public record SessionEvent(Session before, Session after, Change change, JournalEntry.Op op) {
}
