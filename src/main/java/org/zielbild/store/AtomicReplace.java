package org.zielbild.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * Moves a finished temp file over its target atomically. On Windows the move fails with "access
 * denied" while another program (a virus scanner, a backup tool, the indexer) has the target open:
 * that is retried for a while. It never falls back to a non-atomic copy, which could leave a
 * half-written file behind.
 */
final class AtomicReplace {

    static final int ATTEMPTS = 10;

    private AtomicReplace() {
    }

    static void move(FileOps ops, Path source, Path target) throws IOException {
        long pause = 10;
        for (int attempt = 1; ; attempt++) {
            try {
                ops.atomicMove(source, target);
                return;
            } catch (AccessDeniedException e) {
                if (!ops.windows() || attempt >= ATTEMPTS) {
                    throw e;
                }
                sleep(pause);
                pause = Math.min(pause * 2, 500);
            }
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting to replace a file");
        }
    }
}
