package org.zielbild.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** A benchmark's figures: lines in the root locale, percentiles of measured times, written to target/bench. */
public final class BenchReport {

    private final StringBuilder text = new StringBuilder();

    public void line(String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /** Forgets what a warm-up wrote. */
    public void clear() {
        text.setLength(0);
    }

    /** Writes {@code target/bench/<name>} and prints it. */
    public void write(String name) throws IOException {
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve(name), text);
        System.out.print(text);
    }

    /** The nearest-rank percentile (50 = median, 100 = max). */
    public static long percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)];
    }

    public static String ms(long[] nanos, int percentile) {
        return String.format(Locale.ROOT, "%.2f ms", percentile(nanos, percentile) / 1e6);
    }

    public static String us(long[] nanos, int percentile) {
        return String.format(Locale.ROOT, "%.1f µs", percentile(nanos, percentile) / 1e3);
    }
}
