package org.zielbild.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link CrashChild} JVM working on a session folder, and what it printed. */
final class ChildProcess {

    final Process process;
    final CountDownLatch ready = new CountDownLatch(1);
    final AtomicLong acked = new AtomicLong(-1);
    /** Everything the child said besides ACK lines (READY, REFUSED, FAILING, STOPPED), in order. */
    final List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Acknowledgements printed after the child said it stopped writing for good: must stay 0 (0080). */
    final AtomicLong acksAfterStop = new AtomicLong();
    /** Set once the child has opened the session, or was refused. */
    final CountDownLatch answered = new CountDownLatch(1);
    final Thread reader;
    final Path err;

    ChildProcess(Process process, Path err) {
        this.process = process;
        this.err = err;
        this.reader = new Thread(this::read, "crash-child-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(Path folder, long seed, int compactLines) throws IOException {
        return start(folder, CrashChild.class, folder.toString(), String.valueOf(seed), String.valueOf(compactLines));
    }

    /** A JVM running {@code main} with {@code args}, on the test classpath; {@code folder}'s parent holds its stderr. */
    static ChildProcess start(Path folder, Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", classPath(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xss512k", "-Xmx192m", "-Xshare:auto",
                "-Djava.awt.headless=true", main.getName()));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(folder.getParent(), "child", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        return new ChildProcess(p, err);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("ACK ")) {
                    acked.accumulateAndGet(Long.parseLong(line.substring(4).trim()), Math::max);
                    if (said("STOPPED")) {
                        acksAfterStop.incrementAndGet();
                    }
                    continue;
                }
                if (line.matches("(READY|REFUSED|FAILING|STOPPED|SAVED) .*")) {
                    said.add(line); // the rest is the child's log
                }
                if (line.startsWith("READY ")) {
                    acked.accumulateAndGet(Long.parseLong(line.substring(6).trim()), Math::max);
                    ready.countDown();
                    answered.countDown();
                } else if (line.startsWith("REFUSED ")) {
                    answered.countDown();
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the pipe closes when the child dies; everything it wrote before was read
        }
    }

    /** Whether the child printed a line starting with {@code what} (READY, REFUSED, FAILING, STOPPED). */
    boolean said(String what) {
        return said.stream().anyMatch(l -> l.startsWith(what));
    }

    /** SIGKILL on Linux and macOS, TerminateProcess on Windows; returns the last acknowledged seq. */
    long kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return acked.get();
    }

    String errTail() {
        try {
            List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no stderr)";
        }
    }

    /** The test JVM's classpath; Surefire may hide it behind a manifest-only jar. */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return cp.replace(File.pathSeparatorChar == ';' ? ":" : ";", File.pathSeparator);
    }
}
