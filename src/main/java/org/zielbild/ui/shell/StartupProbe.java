package org.zielbild.ui.shell;

import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
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
    private static volatile long fxThread;
    private static final java.util.List<Waiting> WAITING = new java.util.concurrent.CopyOnWriteArrayList<>();

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
        fxThread = Thread.currentThread().getId();
        report("fx-start");
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterNextFrame(stage.getScene(), "first-frame", () -> { }));
    }

    /** The start screen's list of sessions is filled in (reported once per run, when it is drawn). */
    public static void sessionsListed(Scene scene) {
        if (!on() || sessionsListed) {
            return;
        }
        sessionsListed = true;
        afterNextFrame(scene, "sessions-listed", StartupProbe::exitIfTraining);
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
     * Reports once the frame that the next pulse lays out is drawn: the renderer tells the scene's
     * performance tracker on its own thread as soon as a frame is painted and shown, so the time
     * is exact whatever the JavaFX thread does meanwhile. Armed after the next pulse has waited for
     * any frame still being drawn, so that frame is not taken for the new one.
     */
    private static void afterNextFrame(Scene scene, String milestone, Runnable then) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        if (tracker.getOnRenderedFrameTask() == null) {
            tracker.setOnRenderedFrameTask(() -> WAITING.removeIf(Waiting::drawn));
        }
        AtomicBoolean armed = new AtomicBoolean();
        TKPulseListener[] arm = new TKPulseListener[1];
        arm[0] = () -> {
            armed.set(true);
            Toolkit.getToolkit().removePostSceneTkPulseListener(arm[0]);
        };
        // The toolkit holds its pulse listeners weakly: the waiting milestone keeps this one.
        WAITING.add(new Waiting(milestone, then, armed, arm[0]));
        Toolkit.getToolkit().addPostSceneTkPulseListener(arm[0]);
        Platform.requestNextPulse();
    }

    /** A milestone waiting for a frame to be drawn; {@link #drawn} runs on the renderer's thread. */
    private record Waiting(String milestone, Runnable then, AtomicBoolean armed, TKPulseListener arm) {
        boolean drawn() {
            if (!armed.get()) {
                return false;
            }
            report(milestone);
            Platform.runLater(then);
            return true;
        }
    }

    private static void report(String milestone) {
        long now = System.currentTimeMillis(); // first: reading the CPU times below takes a moment
        // The process's CPU time so far: a measure of the work done that the machine's load does not change.
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        // The JavaFX thread's, from whichever thread reports (the renderer reports drawn frames).
        long fxCpu = fxThread == 0 ? -1
                : java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread) / 1_000_000;
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
