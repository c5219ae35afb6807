package org.zielbild.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.roster.TeamColor;

/** Every bundle in {@link I18n#BUNDLES} has the same keys in English and German, each a valid pattern, each key in one bundle. */
class I18nKeyParityTest {

    private static Properties load(String bundle, String suffix) throws IOException {
        String path = "/" + bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = I18nKeyParityTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void englishAndGermanHaveTheSameKeysAndValidPatterns() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String bundle : I18n.BUNDLES) {
            Properties en = load(bundle, "");
            Properties de = load(bundle, "_de");
            assertThat(de.stringPropertyNames()).as(bundle).isEqualTo(en.stringPropertyNames());
            for (Properties p : new Properties[] {en, de}) {
                for (String key : p.stringPropertyNames()) {
                    new MessageFormat(p.getProperty(key)); // throws on a broken pattern
                }
            }
            for (String key : en.stringPropertyNames()) {
                assertThat(owner.put(key, bundle)).as("key " + key + " in two bundles").isNull();
            }
        }
    }

    @Test
    void everyEmotionAndColourHasAName() {
        for (Language l : Language.values()) {
            I18n i18n = new I18n(l);
            for (Emotion e : Emotion.values()) {
                assertThat(i18n.has(e.nameKey())).as(e + " " + l).isTrue();
            }
            for (TeamColor c : TeamColor.values()) {
                assertThat(i18n.has(c.nameKey())).as(c + " " + l).isTrue();
            }
        }
    }
}
