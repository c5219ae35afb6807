package org.zielbild.session;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * The only way a session changes: validate, apply, hand to the journal, tell the listeners.
 *
 * <p>Confined to one thread (the FX thread in the app): calls and listener callbacks happen
 * there. The journal reports durability from its own thread; those reports are passed through
 * {@code callbacks} (Platform::runLater in the app), so the caller never waits on the disk.
 * {@link #state()} may be read from any thread (e.g. by a background snapshot).
 */
public final class SessionService implements AutoCloseable {

    private final Journal journal;
    private final Executor callbacks;
    private final Clock clock;
    private final List<Consumer<SessionEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SaveStatus>> saveListeners = new CopyOnWriteArrayList<>();

    private volatile SessionState state;
    private long durableSeq;
    private Message problem;
    private boolean stopped;

    public SessionService(SessionState initial, Journal journal, Executor callbacks, Clock clock) {
        this.state = Objects.requireNonNull(initial, "initial");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.durableSeq = initial.seq();
        journal.setListener(new Journal.Listener() {
            @Override
            public void durable(long seq) {
                callbacks.execute(() -> onDurable(seq));
            }

            @Override
            public void failing(Message why) {
                callbacks.execute(() -> onFailing(why));
            }

            @Override
            public void stopped(Message why) {
                callbacks.execute(() -> onStopped(why));
            }
        });
    }

    /** A service over an in-memory journal, for tests and for sessions nobody needs to keep. */
    public static SessionService inMemory(Session session) {
        return new SessionService(SessionState.fresh(session), new InMemoryJournal(), Runnable::run, Clock.systemUTC());
    }

    public Session session() {
        return state.session();
    }

    public SessionState state() {
        return state;
    }

    /**
     * Applies a change. Nothing happens when it would not alter the session.
     *
     * @throws org.zielbild.domain.DomainException when the change does not fit; the session is untouched
     */
    public void apply(Change change) {
        commit(JournalEntry.Op.DO, change);
    }

    public boolean canUndo() {
        return state.history().nextUndo().isPresent();
    }

    public boolean canRedo() {
        return state.history().nextRedo().isPresent();
    }

    /** What undo would revert, for the menu label. */
    public Optional<Message> undoLabel() {
        return state.history().nextUndo().map(s -> s.change().describe());
    }

    public Optional<Message> redoLabel() {
        return state.history().nextRedo().map(s -> s.change().describe());
    }

    /**
     * Reverts the last undoable step.
     *
     * @return false when there is nothing to undo
     * @throws org.zielbild.domain.DomainException when the step cannot be reverted any more
     */
    public boolean undo() {
        Optional<HistoryStep> step = state.history().nextUndo();
        step.ifPresent(s -> commit(JournalEntry.Op.UNDO, s.inverse()));
        return step.isPresent();
    }

    /** Repeats the last undone step; false when there is none. */
    public boolean redo() {
        Optional<HistoryStep> step = state.history().nextRedo();
        step.ifPresent(s -> commit(JournalEntry.Op.REDO, s.change()));
        return step.isPresent();
    }

    private void commit(JournalEntry.Op op, Change change) {
        SessionState before = state;
        JournalEntry entry = new JournalEntry(before.seq() + 1, op, change, clock.instant());
        SessionState after = before.next(entry);
        if (op == JournalEntry.Op.DO && after.session().equals(before.session())) {
            return; // a no-op (e.g. renaming to the same name) is not worth a journal line or an undo step
        }
        state = after;
        journal.append(entry);
        publishSaveStatus();
        SessionEvent event = new SessionEvent(before.session(), after.session(), change, op);
        listeners.forEach(l -> l.accept(event));
    }

    public void addListener(Consumer<SessionEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SessionEvent> listener) {
        listeners.remove(listener);
    }

    public SaveStatus saveStatus() {
        return new SaveStatus((int) (state.seq() - durableSeq), problem, stopped);
    }

    public void addSaveStatusListener(Consumer<SaveStatus> listener) {
        saveListeners.add(listener);
    }

    public void removeSaveStatusListener(Consumer<SaveStatus> listener) {
        saveListeners.remove(listener);
    }

    private void onDurable(long seq) {
        if (stopped) {
            return; // a report that was on its way before writing stopped
        }
        durableSeq = Math.max(durableSeq, seq);
        problem = null;
        publishSaveStatus();
    }

    private void onFailing(Message why) {
        if (!stopped) {
            problem = why;
            publishSaveStatus();
        }
    }

    private void onStopped(Message why) {
        stopped = true;
        problem = why;
        publishSaveStatus();
    }

    private void publishSaveStatus() {
        SaveStatus status = saveStatus();
        saveListeners.forEach(l -> l.accept(status));
    }

    /** Flushes and releases the journal. */
    @Override
    public void close() {
        journal.close();
    }
}
