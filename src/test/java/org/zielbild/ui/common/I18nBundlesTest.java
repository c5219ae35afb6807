package org.zielbild.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every bundle has the same keys in English and German, and every value is a valid pattern. */
class I18nBundlesTest {

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void englishAndGermanHaveTheSameKeys() {
        for (String name : I18n.BUNDLES) {
            Set<String> en = new TreeSet<>(bundle(name, Locale.ENGLISH).keySet());
            Set<String> de = new TreeSet<>(bundle(name, Locale.GERMAN).keySet());
            assertThat(de).as(name).isEqualTo(en);
        }
    }

    @Test
    void everyValueIsAMessageFormatPattern() {
        for (String name : I18n.BUNDLES) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
                ResourceBundle b = bundle(name, locale);
                for (String key : b.keySet()) {
                    assertThatCode(() -> new MessageFormat(b.getString(key), locale)).as("%s %s", name, key)
                            .doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void noKeyIsInTwoBundles() {
        Set<String> seen = new TreeSet<>();
        for (String name : I18n.BUNDLES) {
            for (String key : bundle(name, Locale.ENGLISH).keySet()) {
                assertThat(seen.add(key)).as("%s is also in another bundle than %s", key, name).isTrue();
            }
        }
    }
}
