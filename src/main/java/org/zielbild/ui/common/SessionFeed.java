package org.zielbild.ui.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.zielbild.domain.Session;

/**
 * The session, read-only: the current value and its changes, nothing that could apply one. What
 * projections and other read-only views are built from; made by {@link SessionModel#feed()}.
 */
public final class SessionFeed {

    private final ReadOnlyObjectProperty<Session> session;

    SessionFeed(ReadOnlyObjectProperty<Session> session) {
        this.session = Objects.requireNonNull(session);
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session;
    }

    public Session session() {
        return session.get();
    }
}
