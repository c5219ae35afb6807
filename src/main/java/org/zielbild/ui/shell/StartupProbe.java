package org.zielbild.ui.shell;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Start-up milestones for the start-up benchmark (docs/tools/startup-bench.sh) and the AppCDS
 * training run of the packaging build. Off unless the system property {@value #PROPERTY} is set;
 * then it prints {@code zielbild-startup <milestone> <epoch millis> cpu <process CPU ms> fx-cpu <JavaFX
 * thread CPU ms>} lines to standard output.
 * With the value {@code exit} the app quits once the start screen is complete, so a training run
 * ends by itself.
 */
public final class StartupProbe {

    public static final String PROPERTY = "zielbild.startupProbe";
    private static final String MODE = System.getProperty(PROPERTY);
    private static boolean sessionsListed;

    private StartupProbe() {
    }

    public static boolean on() {
        return MODE != null;
    }

    /** Reports that the JavaFX application starts (the toolkit is up), then the first frame of {@code stage}. */
    public static void watchFirstFrame(Stage stage) {
        if (!on()) {
            return;
        }
        report("fx-start");
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterNextFrame("first-frame", () -> { }));
    }

    /** The start screen's list of sessions is filled in (reported once per run, when it is drawn). */
    public static void sessionsListed() {
        if (!on() || sessionsListed) {
            return;
        }
        sessionsListed = true;
        afterNextFrame("sessions-listed", StartupProbe::exitIfTraining);
    }

    private static void exitIfTraining() {
        if ("exit".equals(MODE)) {
            // A moment longer, so what the first seconds load (tooltips, focus) is in a training run too.
            Thread quit = new Thread(() -> {
                sleepQuietly(1500);
                Platform.runLater(Platform::exit);
            }, "zielbild-probe-exit");
            quit.setDaemon(true);
            quit.start();
        }
    }

    /**
     * The third pulse from now: the next pulse draws the frame, and a pulse waits for the frame
     * before it to be rendered, so by the third one it is on screen.
     */
    private static void afterNextFrame(String milestone, Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 3) {
                    stop();
                    report(milestone);
                    then.run();
                }
            }
        }.start();
    }

    private static void report(String milestone) {
        long now = System.currentTimeMillis(); // first: reading the CPU times below takes a moment
        // The process's CPU time so far: a measure of the work done that the machine's load does not change.
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        long fxCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.out.println("zielbild-startup " + milestone + " " + now + " cpu " + cpu + " fx-cpu " + fxCpu);
        System.out.flush();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
