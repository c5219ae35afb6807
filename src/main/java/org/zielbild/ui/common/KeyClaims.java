package org.zielbild.ui.common;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Plain keys a control uses itself. The session window turns plain keys into shortcuts (F freezes
 * the projector, + adds a minute); a control that needs some of them while it has the focus (a
 * mood form picks a score with the digits 1 to 5) claims them here, and the shortcut then
 * leaves the key to it. Keys with Ctrl and the function keys stay shortcuts everywhere.
 */
public final class KeyClaims {

    private static final String PROPERTY = "org.zielbild.keyClaims";

    private KeyClaims() {
    }

    /** {@code node} and everything inside it use {@code codes} without modifiers. */
    public static void claim(Node node, KeyCode... codes) {
        node.getProperties().put(PROPERTY, Set.of(codes));
    }

    /** Whether a control at or around {@code target} claims the pressed key of {@code e}. */
    public static boolean claims(Object target, KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown()) {
            return false;
        }
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n.getProperties().get(PROPERTY) instanceof Set<?> codes && codes.contains(e.getCode())) {
                return true;
            }
        }
        return false;
    }
}
