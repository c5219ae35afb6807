package org.zielbild.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zielbild.domain.Language;
import org.zielbild.domain.roster.TeamColor;

/** The two languages must never drift apart, and every key the code names must exist. */
class I18nBundlesTest {

    static Stream<String> bundles() {
        return I18n.BUNDLES.stream();
    }

    private static Properties load(String bundle, String suffix) {
        String path = "/" + bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as("bundle file %s", path).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishAndGermanHaveTheSameKeys(String bundle) {
        Set<String> en = new TreeSet<>(load(bundle, "").stringPropertyNames());
        Set<String> de = new TreeSet<>(load(bundle, "_de").stringPropertyNames());
        assertThat(de).as("keys missing in German (%s_de)", bundle).containsAll(en);
        assertThat(en).as("keys missing in English (%s)", bundle).containsAll(de);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyValueIsAValidMessageFormatWithTheSameArgumentsInBothLanguages(String bundle) {
        Properties en = load(bundle, "");
        Properties de = load(bundle, "_de");
        for (String key : en.stringPropertyNames()) {
            String enValue = en.getProperty(key);
            String deValue = de.getProperty(key, "");
            assertThat(enValue).as("%s is empty", key).isNotBlank();
            assertThat(deValue).as("%s is empty in German", key).isNotBlank();
            new MessageFormat(enValue);
            new MessageFormat(deValue);
            assertThat(arguments(deValue)).as("arguments of %s", key).isEqualTo(arguments(enValue));
            assertThat(lonelyApostrophes(enValue) + lonelyApostrophes(deValue))
                    .as("%s has a single apostrophe; MessageFormat would swallow it, write ''", key).isZero();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : I18n.BUNDLES) {
            for (String key : load(bundle, "").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    /** Literal keys in the code: t("..."), Message.of("..."), DomainException.of("...") and the like. */
    @Test
    void everyKeyTheCodeNamesExistsInBothLanguages() throws IOException {
        Pattern call = Pattern.compile("(?:\\bt|Message\\.of|DomainException\\.of|i18nKey|Key)\\(\\s*\"([a-zA-Z][\\w.-]*\\w)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("sanity: the scan finds keys").hasSizeGreaterThan(50);
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            assertThat(used.stream().filter(k -> !i18n.has(k)).toList()).as("keys missing for %s", language).isEmpty();
        }
    }

    @Test
    void keysBuiltAtRuntimeExist() {
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            for (Language l : Language.values()) {
                assertThat(i18n.has("language." + l.name().toLowerCase(java.util.Locale.ROOT))).isTrue();
            }
            for (TeamColor c : TeamColor.values()) {
                assertThat(i18n.has(c.nameKey())).as(c.nameKey()).isTrue();
            }
            for (String module : org.zielbild.domain.TargetPictureDay.MODULE_IDS) {
                assertThat(i18n.has("module." + module)).as("module." + module).isTrue();
            }
        }
    }

    @Test
    void germanIsReallyGermanAndArgumentsAreFormattedPerLocale() {
        assertThat(new I18n(Language.DE).t("menu.undo")).isEqualTo("Rückgängig");
        assertThat(new I18n(Language.EN).t("menu.undo")).isEqualTo("Undo");
        assertThat(new I18n(Language.DE).t("status.counts", 1234, 2, 3)).startsWith("1.234");
        assertThat(new I18n(Language.EN).t("status.counts", 1234, 2, 3)).startsWith("1,234");
    }

    @Test
    void oneTeamIsSingularInGermanToo() {
        I18n de = new I18n(Language.DE);
        assertThat(de.t("status.counts", 7, 2000, 1)).isEqualTo("7 Abschnitte · 2.000 Teilnehmende · 1 Team");
        assertThat(de.t("status.counts", 7, 0, 3)).endsWith("· 3 Teams");
        assertThat(de.t("welcome.people", 12, 1)).isEqualTo("12 Teilnehmende · 1 Team");
        assertThat(de.t("welcome.people", 12, 1234)).isEqualTo("12 Teilnehmende · 1.234 Teams");
    }

    @Test
    void aMissingKeyShowsAVisibleMarkerInsteadOfCrashing() {
        assertThat(new I18n(Language.EN).t("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replace("''", ""));
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static int lonelyApostrophes(String value) {
        return value.replace("''", "").indexOf('\'') >= 0 ? 1 : 0;
    }
}
