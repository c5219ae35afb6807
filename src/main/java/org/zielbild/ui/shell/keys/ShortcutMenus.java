package org.zielbild.ui.shell.keys;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.zielbild.ui.common.I18n;

/** Menu items that show their shortcut from the registry. */
public final class ShortcutMenus {

    private ShortcutMenus() {
    }

    /**
     * A menu item for {@code shortcut}. Single keys are not set as accelerators (a menu would fire
     * them while typing); the item's name then carries the key, e.g. "Black screen (B)".
     */
    public static MenuItem item(I18n i18n, String key, Ikon icon, Shortcut shortcut, Runnable action) {
        KeyCombination accelerator = shortcut.accelerator();
        String text = i18n.t(key);
        if (accelerator == null) {
            text = text + "   (" + KeyNames.text(shortcut.keys().get(0), i18n) + ")";
        }
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
