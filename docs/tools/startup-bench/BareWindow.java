import com.sun.javafx.perf.PerformanceTracker;
import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The yardstick of docs/tools/startup-bench.sh: one stage with one label, as small as a JavaFX
 * window gets, the same size as the app's main window. It reports its first frame exactly as the
 * app's StartupProbe does (once the renderer has drawn the first frame), then waits to be stopped.
 * Not extending Application itself, so it launches from the classpath like the app's Launcher.
 *
 * <p>With the argument {@code --controls} the window holds the standard JavaFX controls of the app's
 * start screen instead (a form with six fields, a list of eight sessions, nine buttons), built
 * with no app code: the second yardstick, what those controls cost JavaFX by themselves.
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
            boolean controls = getParameters().getRaw().contains("--controls");
            Scene scene = new Scene(controls ? startScreenControls() : new StackPane(new Label("A bare JavaFX window")), 1280, 800);
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
    
        /** The start screen's controls, laid out like it, with no icons, no app stylesheet, no app code. */
        private static Parent startScreenControls() {
            Label title = new Label("Zielbild Studio");
            title.setStyle("-fx-font-size: 24px; -fx-font-weight: bold");
            HBox titleRow = new HBox(12, title, new Button("Settings"));
            Label tagline = new Label("Work out a shared target picture with your group and turn it into team mandates");
            tagline.setWrapText(true);
            ChoiceBox<String> template = new ChoiceBox<>(FXCollections.observableArrayList("Target-picture day", "Empty"));
            template.getSelectionModel().select(0);
            ChoiceBox<String> language = new ChoiceBox<>(FXCollections.observableArrayList("English", "Deutsch"));
            language.getSelectionModel().select(0);
            TextField titleField = new TextField();
            titleField.setPromptText("e.g. Target picture Customer Service 2027");
            GridPane form = new GridPane();
            form.setHgap(12);
            form.setVgap(8);
            form.addRow(0, new Label("Template"), template);
            form.addRow(1, new Label("Title"), titleField);
            form.addRow(2, new Label("Date"), new HBox(4, new TextField("6 Dec 2026"), new Button("...")));
            form.addRow(3, new Label("Place"), new TextField());
            form.addRow(4, new Label("Facilitator"), new TextField());
            form.addRow(5, new Label("Language"), language);
            Button create = new Button("Create session");
            create.setDisable(true);
            ListView<String> sessions = new ListView<>();
            for (int i = 1; i <= 8; i++) {
                sessions.getItems().add("Workshop " + i + "\n23 Nov 2026 - last change 6 Dec 2026");
            }
            FlowPane actions = new FlowPane(8, 8);
            for (String action : new String[] {"Open", "Rename...", "Duplicate", "Export...", "Delete...", "Import...", "Open session folder..."}) {
                actions.getChildren().add(new Button(action));
            }
            VBox list = new VBox(12, new Label("Sessions"), sessions, actions);
            HBox.setHgrow(list, Priority.ALWAYS);
            VBox root = new VBox(24, titleRow, tagline, new HBox(24, new VBox(12, new Label("New session"), form, create), list));
            root.setPadding(new Insets(32, 40, 32, 40));
            titleField.requestFocus();
            return root;
        }
    }
}
