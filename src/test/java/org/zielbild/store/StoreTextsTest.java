package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.ui.common.I18n;

/** The store's texts exist in English and German, and every key the store's code names is there. */
class StoreTextsTest {

    private static final Pattern KEY = Pattern.compile("\"((?:store|start|damaged|library|close|rescue|error)\\.[A-Za-z.]+)\"");

    @Test
    void englishAndGermanHaveTheSameKeysAndEveryValueIsAValidPattern() throws IOException {
        Properties en = load("/i18n/store.properties");
        Properties de = load("/i18n/store_de.properties");
        assertThat(de.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (Properties p : new Properties[] {en, de}) {
            p.forEach((k, v) -> new MessageFormat((String) v));
        }
    }

    @Test
    void everyKeyTheCodeUsesExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String dir : new String[] {"src/main/java/org/zielbild/store", "src/main/java/org/zielbild/ui/shell/start",
            "src/main/java/org/zielbild/session", "src/main/java/org/zielbild/ui/shell/RescueDialogs.java"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            assertThat(used.stream().filter(k -> !i18n.has(k) && !k.endsWith(".")).toList()).as(language.name()).isEmpty();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StoreTextsTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
