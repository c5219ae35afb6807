package org.zielbild.ui.shell.keys;

import java.util.Objects;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.zielbild.ui.common.I18n;

/** Menu items that show their shortcut from the registry, named in the UI language. */
public final class ShortcutMenus {

    private ShortcutMenus() {
    }

    /**
     * A menu item for {@code shortcut}, with the shortcut's first key in the menu's key column, named
     * as the keyboard labels it in the UI language ("Strg+Umschalt+P" in German, never JavaFX's own
     * "Ctrl+Shift+P"). The key is shown only: {@link KeyboardControl} runs the shortcut, so a menu
     * never fires a key while someone types, and every item reads alike.
     */
    public static MenuItem item(I18n i18n, String key, Ikon icon, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(i18n.t(key), icon == null ? null : new FontIcon(icon));
        item.setAccelerator(new ShownKey(KeyNames.text(shortcut.keys().get(0), i18n)));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A key a menu shows in its key column and never matches (the shortcut handler acts on it). */
    public static final class ShownKey extends KeyCombination {

        private final String text;

        public ShownKey(String text) {
            this.text = Objects.requireNonNull(text);
        }

        @Override
        public boolean match(KeyEvent event) {
            return false;
        }

        @Override
        public String getName() {
            return text;
        }

        @Override
        public String getDisplayText() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ShownKey k && k.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }
}
