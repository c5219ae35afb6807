package org.zielbild.store;

/** A file written by a newer version of the app, in a schema this build does not know. */
final class NewerSchemaException extends Exception {

    private final int version;

    NewerSchemaException(int version) {
        super("schema version " + version + " is newer than this build reads");
        this.version = version;
    }

    int version() {
        return version;
    }
}
