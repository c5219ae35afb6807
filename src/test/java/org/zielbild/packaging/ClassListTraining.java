package org.zielbild.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The training run of the packaging build: starts the app image once, up to its complete start
 * screen ({@code -Dzielbild.startupProbe=exit} quits it then), and records which classes it loaded
 * ({@code -XX:DumpLoadedClassList}). From that list the Linux packages make the class-data archive
 * on installation. Needs a display: $DISPLAY, or an Xvfb started here.
 */
final class ClassListTraining {

    /** Fewer classes than this means the app did not get to its start screen. */
    static final int MIN_CLASSES = 2000;
    /** What zielbild-start.sh prints when the launcher settings hold a line it does not know. */
    static final String SCRIPT_HANDS_OVER = "starting through the native launcher";

    private ClassListTraining() {
    }

    static void record(Path launcher, Path classList, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Files.deleteIfExists(classList);
        try (VirtualDisplay display = VirtualDisplay.forTraining()) {
            ProcessBuilder run = new ProcessBuilder(launcher.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("training.log").toFile());
            run.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + classList
                    + " -Dzielbild.startupProbe=exit -Dzielbild.home=" + work.resolve("home"));
            display.name().ifPresent(d -> run.environment().put("DISPLAY", d));
            Process app = run.start();
            if (!app.waitFor(120, TimeUnit.SECONDS)) {
                app.destroyForcibly();
                throw new IOException("the training run did not end within 2 minutes; see " + work.resolve("training.log"));
            }
        }
        String log = new String(Files.readAllBytes(work.resolve("training.log")), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (log.contains(SCRIPT_HANDS_OVER)) {
            throw new IOException("zielbild-start.sh does not understand the launcher settings this jpackage writes"
                    + " (it handed over to the native launcher); see " + work.resolve("training.log"));
        }
        List<String> classes = Files.exists(classList) ? Files.readAllLines(classList) : List.of();
        if (classes.size() < MIN_CLASSES || classes.stream().noneMatch(c -> c.startsWith("org/zielbild/ui/shell/start/StartScreen"))) {
            throw new IOException("the training run did not reach the start screen (" + classes.size()
                    + " classes recorded); see " + work.resolve("training.log"));
        }
        System.out.println("[packaging] class list: " + classes.size() + " classes from the training run");
    }

    /** $DISPLAY when set; otherwise an Xvfb of its own, stopped afterwards (Linux build machines without a screen). */
    private record VirtualDisplay(java.util.Optional<String> name, Process xvfb) implements AutoCloseable {

        static VirtualDisplay forTraining() throws IOException, InterruptedException {
            if (Platform.current() != Platform.LINUX || System.getenv("DISPLAY") != null) {
                return new VirtualDisplay(java.util.Optional.empty(), null);
            }
            if (!Platform.onPath("Xvfb")) {
                throw new IOException("the training run needs a display: set DISPLAY or install Xvfb (apt-get install xvfb)");
            }
            for (int n = 90; n < 140; n++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    continue;
                }
                Process xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                for (int i = 0; i < 50 && xvfb.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                    Thread.sleep(100);
                }
                if (xvfb.isAlive()) {
                    return new VirtualDisplay(java.util.Optional.of(":" + n), xvfb);
                }
            }
            throw new IOException("could not start an Xvfb for the training run");
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }
}
