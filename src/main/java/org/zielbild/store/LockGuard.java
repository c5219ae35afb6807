package org.zielbild.store;

import java.io.IOException;

/**
 * Asked before anything is written into a session folder and before a write is acknowledged:
 * does this process still hold the folder's lock? A folder moved away, replaced by a copy or
 * deleted while the session is open must never be written without it (0080).
 */
interface LockGuard {

    /** For folders nobody else can see yet (a new session is built under a hidden name). */
    LockGuard NONE = () -> { };

    /** @throws LockLost when the lock file at the folder's path is no longer the one this process locked */
    void verify() throws IOException;
}
