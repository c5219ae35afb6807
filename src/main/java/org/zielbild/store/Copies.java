package org.zielbild.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.EditSessionInfo;
import org.zielbild.domain.Ids;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.session.SessionUnavailableException;

/**
 * A record with one component replaced, through the same JSON mapping the store uses. This keeps
 * the store free of constructor calls that would break whenever a component is added to a session
 * record in another slice.
 */
final class Copies {

    private static final ObjectMapper JSON = StoreJson.mapper();

    private Copies() {
    }

    /** A separate session with the same content: a new id and the title, checked as a rename would be. */
    static Session asNewSession(Session session, String title) throws SessionUnavailableException {
        Session copy = withId(session, Ids.newId());
        try {
            return new EditSessionInfo(withTitle(copy.info(), title)).apply(copy);
        } catch (DomainException e) {
            throw new SessionUnavailableException(e.userMessage(), e);
        }
    }

    static Session withId(Session session, String id) {
        return with(session, "id", id);
    }

    static SessionInfo withTitle(SessionInfo info, String title) {
        return with(info, "title", title);
    }

    private static <T> T with(T value, String component, Object replacement) {
        return with(value, java.util.Collections.singletonMap(component, replacement));
    }

    /** {@code value} with these components replaced (a repair of a stored session, 0082). */
    @SuppressWarnings("unchecked")
    static <T> T with(T value, java.util.Map<String, Object> replacements) {
        ObjectNode tree = JSON.valueToTree(value);
        replacements.forEach((component, replacement) -> {
            if (!tree.has(component)) {
                throw new IllegalArgumentException(value.getClass().getSimpleName() + " has no component " + component);
            }
            tree.set(component, JSON.valueToTree(replacement));
        });
        try {
            return (T) JSON.treeToValue(tree, value.getClass());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot copy " + value.getClass().getSimpleName(), e);
        }
    }
}
