import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The yardstick of docs/tools/startup-bench.sh: one stage with one label, as small as a JavaFX
 * window gets, the same size as the app's main window. It reports its first frame exactly as the
 * app's StartupProbe does (the third pulse after the window is shown), then waits to be stopped.
 * Not extending Application itself, so it launches from the classpath like the app's Launcher.
 */
public final class BareWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            System.out.println("zielbild-startup fx-start " + System.currentTimeMillis());
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 3) {
                        stop();
                        long at = System.currentTimeMillis(); // first, as in the app's probe
                        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
                        long fxCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
                        System.out.println("zielbild-startup first-frame " + at + " cpu " + cpu + " fx-cpu " + fxCpu);
                        System.out.flush();
                    }
                }
            }.start());
            stage.setTitle("Bare JavaFX window");
            stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 1280, 800));
            stage.show();
        }
    }
}
