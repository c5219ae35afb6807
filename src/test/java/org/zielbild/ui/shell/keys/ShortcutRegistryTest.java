package org.zielbild.ui.shell.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
    void menusShowOnlyKeysThatCannotFireWhileTyping() {
        assertThat(Shortcut.NEXT_STAGE.accelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN));
        assertThat(Shortcut.PROJECTOR.accelerator()).isEqualTo(new KeyCodeCombination(KeyCode.F5));
        assertThat(Shortcut.BLACK_SCREEN.accelerator())
                .isEqualTo(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        assertThat(Shortcut.FREEZE.accelerator()).isNull();
    }

    @Test
    void keyNamesFollowTheLanguage() {
        I18n de = new I18n(Language.DE);
        assertThat(KeyNames.caps(Key.shortcut(KeyCode.PAGE_DOWN), de)).containsExactly("Strg", "Bild ab");
        assertThat(KeyNames.text(Key.shift(KeyCode.R), de)).isEqualTo("Umschalt+R");
        assertThat(KeyNames.text(Key.of(KeyCode.SPACE), new I18n(Language.EN))).isEqualTo("Space");
    }
}
