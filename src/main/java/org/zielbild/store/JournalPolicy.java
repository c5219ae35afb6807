package org.zielbild.store;

import java.time.Duration;

/**
 * When the journal compacts and how it retries.
 *
 * @param compactAfterLines  a background snapshot is taken once the journal has this many lines
 * @param compactAfterBytes  ... or this many bytes
 * @param firstRetry         the first pause after a failed write; doubles up to {@code maxRetry}
 * @param maxRetry           the longest pause between attempts while writing fails
 * @param closeTimeout       how long closing waits for failing writes before it writes a rescue copy
 */
record JournalPolicy(int compactAfterLines, long compactAfterBytes, Duration firstRetry, Duration maxRetry,
                     Duration closeTimeout) {

    static final JournalPolicy DEFAULT = new JournalPolicy(1000, 4L << 20, Duration.ofMillis(200),
            Duration.ofSeconds(5), Duration.ofSeconds(3));

    JournalPolicy withCompactAfterLines(int lines) {
        return new JournalPolicy(lines, compactAfterBytes, firstRetry, maxRetry, closeTimeout);
    }

    JournalPolicy withRetry(Duration first, Duration max) {
        return new JournalPolicy(compactAfterLines, compactAfterBytes, first, max, closeTimeout);
    }

    JournalPolicy withCloseTimeout(Duration timeout) {
        return new JournalPolicy(compactAfterLines, compactAfterBytes, firstRetry, maxRetry, timeout);
    }
}
