import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The yardstick of docs/tools/startup-bench.sh: one stage with one label, as small as a JavaFX
 * window gets, the same size as the app's main window. It reports its first frame exactly as the
 * app's StartupProbe does (once the renderer has drawn the first frame), then waits to be stopped.
 * Not extending Application itself, so it launches from the classpath like the app's Launcher.
 */
public final class BareWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        private static final TKPulseListener[] ARM = new TKPulseListener[1];

        @Override
        public void start(Stage stage) {
            System.out.println("zielbild-startup fx-start " + System.currentTimeMillis());
            Scene scene = new Scene(new StackPane(new Label("A bare JavaFX window")), 1280, 800);
            // As the app's StartupProbe: the renderer reports the first frame drawn after the first
            // pulse (the scene's performance tracker, on the renderer's thread).
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
            AtomicBoolean armed = new AtomicBoolean();
            AtomicBoolean reported = new AtomicBoolean();
            long fxThread = Thread.currentThread().getId();
            tracker.setOnRenderedFrameTask(() -> {
                if (armed.get() && reported.compareAndSet(false, true)) {
                    long at = System.currentTimeMillis(); // first, as in the app's probe
                    long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
                    long fxCpu = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread) / 1_000_000;
                    System.out.println("zielbild-startup first-frame " + at + " cpu " + cpu + " fx-cpu " + fxCpu);
                    System.out.flush();
                }
            });
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                ARM[0] = () -> {
                    armed.set(true);
                    Toolkit.getToolkit().removePostSceneTkPulseListener(ARM[0]);
                };
                Toolkit.getToolkit().addPostSceneTkPulseListener(ARM[0]); // held weakly: ARM keeps it
                Platform.requestNextPulse();
            });
            stage.setTitle("Bare JavaFX window");
            stage.setScene(scene);
            stage.show();
        }
    }
}
