package org.zielbild.ui.common;

import java.util.List;
import org.zielbild.domain.Session;
import org.zielbild.export.model.Image;

/**
 * Pictures for the minutes that only the UI can draw (a board as the wall shows it; later the
 * target-picture poster). The composition root hands the shell one; the export dialog draws them
 * one by one on the FX thread and hands them to the headless exporter.
 */
public interface SessionPictures {

    /** Draws nothing: the command line and tests without a picture source. */
    SessionPictures NONE = new SessionPictures() {
        @Override
        public List<String> keys(Session session) {
            return List.of();
        }

        @Override
        public Image draw(Session session, String key) {
            throw new IllegalArgumentException(key);
        }
    };

    /** The keys of the pictures there are for this session (e.g. {@code board:<id>} for each board with notes). */
    List<String> keys(Session session);

    /** Draws one picture; on the FX thread. */
    Image draw(Session session, String key);

    /** Both sources' pictures, this one's first. */
    default SessionPictures and(SessionPictures other) {
        SessionPictures first = this;
        return new SessionPictures() {
            @Override
            public List<String> keys(Session session) {
                List<String> all = new java.util.ArrayList<>(first.keys(session));
                all.addAll(other.keys(session));
                return all;
            }

            @Override
            public Image draw(Session session, String key) {
                return first.keys(session).contains(key) ? first.draw(session, key) : other.draw(session, key);
            }
        };
    }
}
