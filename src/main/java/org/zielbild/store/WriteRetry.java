package org.zielbild.store;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;

/**
 * While writing fails: why (in words for the user), and when to try again (a pause that doubles
 * from {@link JournalPolicy#firstRetry()} up to {@link JournalPolicy#maxRetry()}). Owned by the
 * writer thread.
 */
final class WriteRetry {

    private static final Logger LOG = LoggerFactory.getLogger(WriteRetry.class);

    private final Path folder;
    private final JournalPolicy policy;
    private boolean broken;
    private boolean stopped;
    private long retryAt;
    private long backoff;
    /** The reason last reported; null once a durable report has cleared it. */
    private Message problem;

    WriteRetry(Path folder, JournalPolicy policy) {
        this.folder = folder;
        this.policy = policy;
        this.backoff = policy.firstRetry().toMillis();
    }

    /** Whether the last attempt failed (the file may hold a half-written group, or be gone). */
    boolean broken() {
        return broken;
    }

    /** Whether writing has stopped for good (another instance has the folder now). */
    boolean stopped() {
        return stopped;
    }

    /** Writing stops for good: no more attempts; says why. */
    Message stop(Exception e) {
        broken = true;
        stopped = true;
        retryAt = Long.MAX_VALUE;
        problem = IoMessages.of(e, folder);
        return problem;
    }

    /** When the next attempt is due ({@link FileJournal#now()} time), while broken. */
    long retryAt() {
        return retryAt;
    }

    Message problem() {
        return problem;
    }

    void clearProblem() {
        problem = null;
    }

    /**
     * A write failed: schedules the next attempt and says why. A new reason is logged as a
     * warning, the same reason again only at debug level (it repeats every few seconds).
     */
    Message failed(Exception e, long now) {
        broken = true;
        retryAt = now + backoff;
        backoff = Math.min(backoff * 2, policy.maxRetry().toMillis());
        Message why = IoMessages.of(e, folder);
        if (!why.equals(problem)) {
            LOG.warn("cannot write session {}: {}", folder, why, e);
        } else {
            LOG.debug("still cannot write session {}", folder, e);
        }
        problem = why;
        return why;
    }

    /** A write worked: the next failure starts again with the shortest pause. */
    void succeeded() {
        if (stopped) {
            throw new IllegalStateException("writing has stopped for good");
        }
        broken = false;
        backoff = policy.firstRetry().toMillis();
    }
}
