package org.zielbild.ui.shell.start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Ids;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.session.ImportReport;
import org.zielbild.session.OpenSession;
import org.zielbild.session.RecoveryOption;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionLibrary;
import org.zielbild.session.SessionSummary;
import org.zielbild.session.SessionUnavailableException;

/**
 * The start screen's state: the new-session form, the list of sessions, and opening. Disk work
 * runs on {@code background}; results come back through {@code fx}.
 */
public final class StartViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(StartViewModel.class);

    /** Opening a session: done in the background, may fail with a message for the user. */
    @FunctionalInterface
    interface Opening {
        OpenSession open() throws SessionUnavailableException;
    }

    /** Managing a session (rename, export, ...): done in the background; returns what to tell the user. */
    @FunctionalInterface
    interface Chore {
        Message run() throws SessionUnavailableException;
    }

    private final SessionLibrary library;
    private final Executor background;
    private final Executor fx;
    private final Consumer<OpenSession> onOpened;

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty facilitator = new SimpleStringProperty("");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> done = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SessionDamagedException> damaged = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final BooleanProperty listLoaded = new SimpleBooleanProperty();
    /** Whether the library was asked to get ready to open a session (once, on the background thread). */
    private boolean prepared;

    public StartViewModel(SessionLibrary library, Language defaultLanguage, LocalDate today,
                          Executor background, Executor fx, Consumer<OpenSession> onOpened) {
        this.library = library;
        this.background = background;
        this.fx = fx;
        this.onOpened = onOpened;
        this.date.set(today);
        this.language.set(defaultLanguage);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty facilitatorProperty() {
        return facilitator;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The last problem to show next to the form, or null. */
    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last session action did ("exported to ..."), or null. */
    public ReadOnlyObjectProperty<Message> doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** What the last session action could not do besides, to know about (pictures an import left out), or null. */
    public ReadOnlyObjectProperty<Message> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** A session that could not be opened because it is damaged, with what can be recovered; null otherwise. */
    public ReadOnlyObjectProperty<SessionDamagedException> damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<SessionSummary> sessions() {
        return sessions;
    }

    public BooleanProperty listLoadedProperty() {
        return listLoaded;
    }

    /** Create is possible once there is a title and nothing else is running. */
    public BooleanBinding canCreate() {
        return Bindings.createBooleanBinding(() -> !title.get().isBlank() && !busy.get(), title, busy);
    }

    /** Reloads the list of sessions from the library, in the background. */
    public void refresh() {
        background.execute(() -> {
            try {
                List<SessionSummary> list = library.list();
                fx.execute(() -> {
                    sessions.setAll(list);
                    listLoaded.set(true);
                });
            } catch (RuntimeException e) {
                LOG.warn("could not list sessions", e);
                fx.execute(() -> error.set(Message.of("start.error.list", String.valueOf(e.getMessage()))));
            }
        });
    }

    /**
     * Gets the library ready to open a session, in the background, once: called when the list is
     * on the screen, so this work does not compete with drawing the first frames (decision 0090).
     */
    public void prepareToOpen() {
        if (!prepared) {
            prepared = true;
            try {
                background.execute(library::prepareToOpen);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // The app is closing: nothing will be opened any more.
            }
        }
    }

    /** Creates a session from the template with the form's details and opens it. */
    public void create() {
        Session session;
        try {
            SessionInfo info = new SessionInfo(title.get(), date.get(), place.get(), facilitator.get(), language.get())
                    .validated();
            session = TargetPictureDay.newSession(Ids.newId(), info, Ids::newId);
        } catch (DomainException e) {
            error.set(e.userMessage());
            return;
        }
        run(() -> library.create(session, fx));
    }

    public void open(SessionSummary summary) {
        run(() -> library.open(summary, fx));
    }

    public void openFolder(Path folder) {
        run(() -> library.openFolder(folder, fx));
    }

    /** Opens what the user chose to recover from a damaged session, as a new session. */
    public void openRecovered(RecoveryOption option, String newTitle) {
        damaged.set(null);
        run(() -> library.openRecovered(option, newTitle, fx));
    }

    /** The user closed the damaged-session dialog without choosing. */
    public void dismissDamaged() {
        damaged.set(null);
    }

    public void rename(SessionSummary summary, String newTitle) {
        chore(() -> {
            library.rename(summary, newTitle);
            return Message.of("start.done.renamed", newTitle.strip());
        });
    }

    public void duplicate(SessionSummary summary, String newTitle) {
        chore(() -> Message.of("start.done.duplicated", library.duplicate(summary, newTitle).title()));
    }

    /** Whether deleting moves to the trash (the confirmation says so) or deletes for good. */
    public boolean deleteMovesToTrash() {
        return library.deleteMovesToTrash();
    }

    public void delete(SessionSummary summary) {
        boolean trash = library.deleteMovesToTrash();
        chore(() -> {
            library.delete(summary);
            return Message.of(trash ? "start.done.trashed" : "start.done.deleted", summary.title());
        });
    }

    public void exportTo(SessionSummary summary, Path file) {
        chore(() -> {
            library.exportTo(summary, file);
            return Message.of("start.done.exported", summary.title(), file.toString());
        });
    }

    /** Imports a session; pictures in the file that were left out (damaged or changed) become a notice. */
    public void importFrom(Path file) {
        inBackground(() -> {
            ImportReport report = library.importSession(file);
            List<Message> leftOut = report.leftOut();
            return new ChoreDone(Message.of("start.done.imported", report.summary().title()), leftOut.isEmpty() ? null
                    : Message.of("start.notice.picturesLeftOut", leftOut.size(), leftOut.get(0)), library.list());
        }, this::choreDone);
    }

    /** A chore's message, what the user should know besides (or null), and the session list after it. */
    private record ChoreDone(Message message, Message notice, List<SessionSummary> sessions) {
    }

    private void chore(Chore chore) {
        inBackground(() -> {
            Message result = chore.run();
            return new ChoreDone(result, null, library.list());
        }, this::choreDone);
    }

    private void choreDone(ChoreDone r) {
        sessions.setAll(r.sessions());
        done.set(r.message());
        notice.set(r.notice());
    }

    private void run(Opening opening) {
        inBackground(opening::open, onOpened);
    }

    /** Work that may be refused with a message for the user. */
    @FunctionalInterface
    private interface Task<T> {
        T run() throws SessionUnavailableException;
    }

    /** Runs {@code task} on the background executor and reports the outcome on the FX thread. */
    private <T> void inBackground(Task<T> task, Consumer<T> onDone) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set(null);
        done.set(null);
        notice.set(null);
        background.execute(() -> {
            try {
                T result = task.run();
                fx.execute(() -> {
                    busy.set(false);
                    onDone.accept(result);
                });
            } catch (SessionUnavailableException e) {
                LOG.info("session not available: {}", e.getMessage());
                fx.execute(() -> {
                    busy.set(false);
                    error.set(e.userMessage());
                    if (e instanceof SessionDamagedException d) {
                        damaged.set(d);
                    }
                });
            } catch (RuntimeException e) {
                LOG.error("session action failed", e);
                fx.execute(() -> {
                    busy.set(false);
                    error.set(Message.of("error.unexpected", String.valueOf(e.getMessage())));
                });
            }
        });
    }
}
