package org.zielbild.ui.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.ui.common.I18n;

/**
 * Unexpected errors: always logged, always shown as a readable dialog (never a silent failure),
 * and never more than one such dialog at a time.
 */
public final class ErrorDialogs {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private final java.util.function.Supplier<I18n> i18n;
    private final Path logFile;
    private final java.util.function.Supplier<Window> owner;
    private Alert showing;

    public ErrorDialogs(java.util.function.Supplier<I18n> i18n, Path logFile, java.util.function.Supplier<Window> owner) {
        this.i18n = i18n;
        this.logFile = logFile;
        this.owner = owner;
    }

    /** Logs every uncaught exception, on any thread, and shows it on the FX thread. */
    public void installAsDefaultHandler() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("uncaught exception on thread {}", thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        });
    }

    /** Shows the error; a second one while the first is open is only logged. */
    public void show(Throwable error) {
        if (showing != null && showing.isShowing()) {
            return;
        }
        I18n t = i18n.get();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        Window w = owner.get();
        if (w != null && w.isShowing()) {
            alert.initOwner(w);
        }
        alert.setTitle(t.t("error.dialog.title"));
        alert.setHeaderText(t.t("error.dialog.header"));
        Label body = new Label(t.t("error.dialog.body", String.valueOf(error.getMessage()), logFile.toString()));
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(new VBox(body));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setId("errorDialog");
        showing = alert;
        // show(), not showAndWait(): the error may come from inside a layout or animation pulse.
        alert.show();
    }
}
