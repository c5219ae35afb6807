package org.zielbild.ui.shell.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.ui.common.I18n;

class ShortcutRegistryTest {

    @Test
    void everyShortcutHasALabelInEnglishAndGerman() {
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            for (Shortcut s : Shortcut.values()) {
                assertThat(i18n.has(s.labelKey())).as("%s %s", language, s).isTrue();
                assertThat(i18n.has(s.group().titleKey())).as("%s %s", language, s.group()).isTrue();
                for (Key k : s.keys()) {
                    assertThat(KeyNames.text(k, i18n)).as("%s %s", language, k).doesNotContain("!");
                }
            }
        }
    }

    @Test
    void noKeyIsUsedTwice() {
        Set<Key> seen = new HashSet<>();
        for (Shortcut s : Shortcut.values()) {
            for (Key k : s.keys()) {
                assertThat(seen.add(k)).as("%s uses %s twice", s, k).isTrue();
            }
        }
    }

    @Test
    void singleKeysAndTextEditingKeysBelongToTextFields() {
        assertThat(Key.of(KeyCode.B).worksWhileTyping()).isFalse();
        assertThat(Key.typed("+").worksWhileTyping()).isFalse();
        assertThat(Key.of(KeyCode.SPACE).worksWhileTyping()).isFalse();
        assertThat(Key.shortcut(KeyCode.Z).worksWhileTyping()).isFalse();
        assertThat(Key.shortcut(KeyCode.B).worksWhileTyping()).isTrue();
        assertThat(Key.shortcut(KeyCode.PAGE_DOWN).worksWhileTyping()).isTrue();
        assertThat(Key.of(KeyCode.F5).worksWhileTyping()).isTrue();
    }

    @Test
    void menusShowEveryKeyInTheUiLanguageAndNeverFireOneThemselves() {
        I18n de = new I18n(Language.DE);
        for (Shortcut s : Shortcut.values()) {
            javafx.scene.control.MenuItem item = ShortcutMenus.item(de, s.labelKey(), null, s, () -> { });
            String shown = item.getAccelerator().getDisplayText();
            // One language in the menu: "Strg+Umschalt+P", never JavaFX's own "Ctrl+Shift+P" (issue 15).
            assertThat(shown).as("%s", s).isEqualTo(KeyNames.text(s.keys().get(0), de)).doesNotContain("Ctrl", "Shift");
            javafx.scene.input.KeyEvent press = new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", KeyCode.P, true, true, false, false);
            assertThat(item.getAccelerator().match(press)).isFalse();
        }
        assertThat(ShortcutMenus.item(de, "keys.participants", null, Shortcut.PARTICIPANTS, () -> { })
                .getAccelerator().getDisplayText()).isEqualTo("Strg+Umschalt+P");
        assertThat(ShortcutMenus.item(de, "keys.agenda", null, Shortcut.AGENDA, () -> { })
                .getAccelerator().getDisplayText()).isEqualTo("Strg+Umschalt+A");
    }

    @Test
    void keyNamesFollowTheLanguage() {
        I18n de = new I18n(Language.DE);
        assertThat(KeyNames.caps(Key.shortcut(KeyCode.PAGE_DOWN), de)).containsExactly("Strg", "Bild ab");
        assertThat(KeyNames.text(Key.shift(KeyCode.R), de)).isEqualTo("Umschalt+R");
        assertThat(KeyNames.text(Key.of(KeyCode.SPACE), new I18n(Language.EN))).isEqualTo("Space");
        assertThat(KeyNames.text(Key.shortcutShift(KeyCode.UP), de)).isEqualTo("Strg+Umschalt+↑");
        assertThat(KeyNames.text(Key.of(KeyCode.UP), de)).isEqualTo("Pfeiltasten");
    }
}
