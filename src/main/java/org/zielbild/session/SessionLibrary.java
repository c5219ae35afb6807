package org.zielbild.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.zielbild.domain.Session;

/** Where sessions are kept: the start screen lists, creates and opens them through this. */
public interface SessionLibrary {

    /** The sessions there are, newest change first. */
    List<SessionSummary> list();

    /**
     * Stores a new session and opens it.
     *
     * @param callbacks where durability reports are delivered (the FX thread in the app)
     */
    OpenSession create(Session session, Executor callbacks) throws SessionUnavailableException;

    /** Opens a session from {@link #list()}. */
    OpenSession open(SessionSummary summary, Executor callbacks) throws SessionUnavailableException;

    /** Opens a session folder the user picked, possibly outside the workspace. */
    OpenSession openFolder(Path folder, Executor callbacks) throws SessionUnavailableException;
}
