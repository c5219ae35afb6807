package org.zielbild.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings stored JSON from schema version {@link #from()} to {@code from() + 1}. Steps work on the
 * JSON tree, so they keep working after the Java records have moved on.
 */
interface MigrationStep {

    int from();

    /** Rewrites a session object (the {@code "session"} member of a snapshot or export) in place. */
    default void session(ObjectNode session) {
    }

    /** Rewrites one change object (with its {@code "type"}) in place; nested changes are visited separately. */
    default void change(ObjectNode change) {
    }
}
