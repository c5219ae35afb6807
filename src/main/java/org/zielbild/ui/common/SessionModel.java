package org.zielbild.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.session.SaveStatus;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.SessionEvent;
import org.zielbild.session.SessionService;

/**
 * The session as the UI sees it: read-only observable state plus the commands that go through
 * the {@link SessionService}. Refused changes are reported to the {@link Notifier}, never thrown
 * at a view. Lives on the FX thread.
 */
public final class SessionModel {

    private final SessionService service;
    private final Notifier notifier;
    private final ReadOnlyObjectWrapper<Session> session;
    private final ReadOnlyObjectWrapper<SaveStatus> saveStatus;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Message> undoLabel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> redoLabel = new ReadOnlyObjectWrapper<>();
    private final SessionFeed feed;
    private final Attachments attachments;

    /** A session that keeps no files (in memory): adding a picture is refused with a message. */
    public SessionModel(SessionService service, Notifier notifier) {
        this(service, SessionAttachments.NONE, notifier);
    }

    /** @param attachments the files the session keeps beside its records (the store's, for a session in a folder) */
    public SessionModel(SessionService service, SessionAttachments attachments, Notifier notifier) {
        this.service = service;
        this.notifier = notifier;
        this.attachments = new Attachments(attachments);
        this.session = new ReadOnlyObjectWrapper<>(service.session());
        this.saveStatus = new ReadOnlyObjectWrapper<>(service.saveStatus());
        this.feed = new SessionFeed(session.getReadOnlyProperty());
        service.addListener(e -> session.set(e.after()));
        service.addListener(e -> refreshHistory());
        service.addSaveStatusListener(saveStatus::set);
        refreshHistory();
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Session session() {
        return session.get();
    }

    /** The session, read-only (for projections): it can apply no change. */
    public SessionFeed feed() {
        return feed;
    }

    /** The session's files (pictures): copy one in, find one again. */
    public Attachments attachments() {
        return attachments;
    }

    public ReadOnlyObjectProperty<SaveStatus> saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** Every applied change, for view-models that need more than the new session value. */
    public void addChangeListener(Consumer<SessionEvent> listener) {
        service.addListener(listener);
    }

    public void removeChangeListener(Consumer<SessionEvent> listener) {
        service.removeListener(listener);
    }

    /**
     * Applies a change; a refusal is shown to the user.
     *
     * @return whether the change was applied
     */
    public boolean apply(Change change) {
        try {
            service.apply(change);
            return true;
        } catch (DomainException e) {
            notifier.error(e.userMessage());
            return false;
        }
    }

    /**
     * Applies a change for a form that shows a refusal inline, next to what was typed (the one way
     * view-models do this): {@code problem} gets the refusal, or null once the change went through.
     *
     * @return whether the change was applied
     */
    public boolean tryApply(Change change, Consumer<Message> problem) {
        try {
            service.apply(change);
        } catch (DomainException e) {
            problem.accept(e.userMessage());
            return false;
        }
        problem.accept(null);
        return true;
    }

    /** Applies a change and lets a refusal through to the caller, for code that cannot go on without it. */
    public void applyOrThrow(Change change) {
        service.apply(change);
    }

    public void undo() {
        try {
            service.undo();
        } catch (DomainException e) {
            notifier.error(Message.of("error.undoFailed", e.userMessage()));
        }
    }

    public void redo() {
        try {
            service.redo();
        } catch (DomainException e) {
            notifier.error(Message.of("error.redoFailed", e.userMessage()));
        }
    }

    public Notifier notifier() {
        return notifier;
    }

    private void refreshHistory() {
        canUndo.set(service.canUndo());
        canRedo.set(service.canRedo());
        undoLabel.set(service.undoLabel().orElse(null));
        redoLabel.set(service.redoLabel().orElse(null));
    }
}
