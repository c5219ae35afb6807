package org.zielbild.ui.shell;

import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.session.OpenSession;
import org.zielbild.session.RescueCopy;
import org.zielbild.session.RescuePlace;
import org.zielbild.session.SaveStatus;
import org.zielbild.session.SessionLibrary;
import org.zielbild.session.SessionUnavailableException;
import org.zielbild.ui.common.I18n;

/**
 * The rescue copy, as the user meets it (decision 0084): before closing a session whose changes
 * cannot be saved, where exactly a complete copy goes (another disk when there is one), another
 * place to choose, or keep working; after the copy, where it went; and on opening the session
 * later, that newer changes are in a copy, with an offer to import it. Talks to the store only
 * through {@link OpenSession} and {@link SessionLibrary}.
 */
final class RescueDialogs {

    private static final Logger LOG = LoggerFactory.getLogger(RescueDialogs.class);
    /** Wide enough for the three buttons in German; a wrapping text would otherwise make the dialog guess its width. */
    private static final double WIDTH = 680;

    private final Supplier<I18n> i18n;
    private final Supplier<Window> owner;
    private final Function<Window, Optional<Path>> chooseFolder;

    RescueDialogs(Supplier<I18n> i18n, Supplier<Window> owner) {
        this(i18n, owner, w -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.get().t("close.failing.chooseTitle"));
            return Optional.ofNullable(chooser.showDialog(w)).map(java.io.File::toPath);
        });
    }

    RescueDialogs(Supplier<I18n> i18n, Supplier<Window> owner, Function<Window, Optional<Path>> chooseFolder) {
        this.i18n = i18n;
        this.owner = owner;
        this.chooseFolder = chooseFolder;
    }

    /**
     * Closing while changes cannot be saved: asks, and when the user closes, writes the copy first.
     *
     * @return true when the session may close now (a copy holds everything)
     */
    boolean mayClose(OpenSession open, SaveStatus status) {
        I18n t = i18n.get();
        ButtonType close = new ButtonType(t.t("close.failing.close"), ButtonBar.ButtonData.OK_DONE);
        ButtonType choose = new ButtonType(t.t("close.failing.choose"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(t.t("close.failing.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, "", keep, choose, close);
        ask.initOwner(owner.get());
        ask.setTitle(t.t("close.failing.title"));
        ask.setHeaderText(t.t("close.failing.header", status.pending()));
        ask.getDialogPane().setId("closeWhileFailing");
        Label body = new Label(body(open, status));
        body.setId("closeWhileFailingBody");
        body.setWrapText(true);
        ask.getDialogPane().setContent(body);
        ask.getDialogPane().setPrefWidth(WIDTH);
        // Keep working is what Enter does: the safe choice.
        ((Button) ask.getDialogPane().lookupButton(close)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        Button chooseButton = (Button) ask.getDialogPane().lookupButton(choose);
        chooseButton.setId("rescueChoose");
        chooseButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the question stays open with the new place in it
            chooseFolder.apply(ask.getDialogPane().getScene().getWindow()).ifPresent(folder -> {
                open.chooseRescueFolder(folder);
                body.setText(body(open, status));
            });
        });
        ask.getDialogPane().lookupButton(close).setId("rescueClose");
        ask.getDialogPane().getButtonTypes().forEach(b -> { // German runs longer: each button as wide as its text
            Button button = (Button) ask.getDialogPane().lookupButton(b);
            ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        });
        while (ask.showAndWait().filter(b -> b == close).isPresent()) {
            try {
                RescueCopy copy = open.saveRescueCopy();
                tell(Alert.AlertType.INFORMATION, "rescueSaved", t.t("close.rescued.title"),
                        t.t("close.rescued.body", open.service().session().info().title(), copy.file()));
                return true;
            } catch (SessionUnavailableException e) {
                LOG.error("no rescue copy of {} could be written", open.location(), e);
                tell(Alert.AlertType.ERROR, "rescueFailed", t.t("close.rescueFailed.title"),
                        t.t("close.rescueFailed.body", t.text(e.userMessage())));
                body.setText(body(open, status)); // ask again: another place, or keep working
            }
        }
        return false;
    }

    private String body(OpenSession open, SaveStatus status) {
        I18n t = i18n.get();
        String where = open.rescuePlace().map(p -> t.t(placeKey(p), p.folder())).orElse(t.t("close.failing.nowhere"));
        return t.t(status.stopped() ? "close.failing.bodyStopped" : "close.failing.body", t.text(status.problem()), where);
    }

    private static String placeKey(RescuePlace place) {
        if (!place.survivesRestart()) {
            return "close.failing.placeTemporary";
        }
        return place.otherDisk() ? "close.failing.placeOtherDisk" : "close.failing.placeSameDisk";
    }

    /**
     * On opening: newer changes of this session are in a rescue copy. Offers to import it (as a new
     * session, next to this one); the import runs on {@code background}.
     */
    void offerNewerCopy(OpenSession opened, SessionLibrary library, Executor background) {
        if (opened.newerCopies().isEmpty()) {
            return;
        }
        I18n t = i18n.get();
        RescueCopy copy = opened.newerCopies().get(0);
        ButtonType importIt = new ButtonType(t.t("rescue.newer.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(t.t("rescue.newer.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert offer = new Alert(Alert.AlertType.INFORMATION, "", importIt, later);
        offer.initOwner(owner.get());
        offer.getDialogPane().setId("newerRescueCopy");
        offer.setTitle(t.t("rescue.newer.title"));
        offer.setHeaderText(t.t("rescue.newer.header"));
        Label body = new Label(t.t("rescue.newer.body", opened.service().session().info().title(),
                Date.from(copy.savedAt()), copy.file()));
        body.setWrapText(true);
        offer.getDialogPane().setContent(body);
        offer.getDialogPane().setPrefWidth(WIDTH);
        offer.showAndWait().filter(b -> b == importIt).ifPresent(b -> background.execute(() -> {
            try {
                String title = library.importFrom(Path.of(copy.file())).title();
                Platform.runLater(() -> tell(Alert.AlertType.INFORMATION, "rescueImported", t.t("rescue.newer.title"),
                        t.t("rescue.newer.imported", title)));
            } catch (SessionUnavailableException e) {
                Platform.runLater(() -> tell(Alert.AlertType.ERROR, "rescueImportFailed", t.t("rescue.newer.title"),
                        t.text(e.userMessage())));
            }
        }));
    }

    private void tell(Alert.AlertType type, String id, String header, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.getDialogPane().setId(id);
        alert.setHeaderText(header);
        Label body = new Label(text);
        body.setWrapText(true);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setPrefWidth(WIDTH);
        alert.showAndWait();
    }
}
