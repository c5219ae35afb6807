package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The session folder's lock is no longer held by this process: the folder or its lock file was
 * moved, deleted or replaced. {@link #forGood()} when another instance holds the folder now, or
 * another session is in its place: then this process must never write there again (0080).
 */
final class LockLost extends IOException {

    private final transient Path folder;
    private final boolean forGood;

    LockLost(Path folder, boolean forGood, String detail) {
        super(folder + ": " + detail);
        this.folder = folder;
        this.forGood = forGood;
    }

    Path folder() {
        return folder;
    }

    boolean forGood() {
        return forGood;
    }
}
