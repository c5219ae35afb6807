package org.zielbild.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Frame times of one scenario over several measured rounds (each after the scenario's own warm-up),
 * with the garbage collections that fell into a frame, so a tail can be told from a collection.
 * Figures: median and p95 over all frames, and the spread of the rounds' p95.
 */
public final class FrameSamples {

    private final List<long[]> rounds = new ArrayList<>();
    private final List<Long> current = new ArrayList<>();
    private int gcFrames;
    private long gcMillis;
    private long frameStart;
    private long gcCountAtStart;
    private long gcTimeAtStart;

    /** Call right before the frame's work. */
    public void start() {
        gcCountAtStart = gcCount();
        gcTimeAtStart = gcTime();
        frameStart = System.nanoTime();
    }

    /** Call right after the frame's work; returns the frame's time in ns. */
    public long stop() {
        long t = System.nanoTime() - frameStart;
        record(t);
        return t;
    }

    /** Records a time measured elsewhere (the GC figures of the last {@link #start()} apply). */
    public void record(long nanos) {
        current.add(nanos);
        long collections = gcCount() - gcCountAtStart;
        if (collections > 0) {
            gcFrames++;
            gcMillis += gcTime() - gcTimeAtStart;
        }
    }

    /** Ends a measured round. */
    public void endRound() {
        rounds.add(current.stream().mapToLong(Long::longValue).toArray());
        current.clear();
    }

    public long[] all() {
        return rounds.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /** "median 9.1 ms  p95 14.0 ms (rounds' p95 12.9–15.2 ms; n=150; 3 frames with a GC, 21 ms of GC)". */
    public String summary() {
        if (!current.isEmpty()) {
            endRound();
        }
        long[] all = all();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (long[] r : rounds) {
            double p = BenchReport.percentile(r, 95) / 1e6;
            lo = Math.min(lo, p);
            hi = Math.max(hi, p);
        }
        return String.format(Locale.ROOT, "median %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (rounds' p95 %.1f–%.1f ms; n=%d in %d rounds; "
                        + "%d frames with a GC, %d ms of GC)", BenchReport.percentile(all, 50) / 1e6,
                BenchReport.percentile(all, 95) / 1e6, BenchReport.percentile(all, 99) / 1e6, lo, hi, all.length,
                rounds.size(), gcFrames, gcMillis);
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcTime() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }
}
