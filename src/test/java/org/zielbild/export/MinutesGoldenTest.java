package org.zielbild.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zielbild.domain.Language;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.render.HtmlRenderer;
import org.zielbild.export.render.MarkdownRenderer;
import org.zielbild.testing.MinutesSample;

/**
 * The Markdown and HTML minutes of the fixed sample day, byte for byte, in both languages. After an
 * intended change, rewrite the files with {@code -Dminutes.golden.update=true} and read the diff.
 */
class MinutesGoldenTest {

    static Minutes sample(Language language) {
        return MinutesExport.standard((s, f) -> { })
                .minutes(MinutesRequest.all(MinutesSample.build(language), MinutesSample.ZONE, MinutesSample.EXPORTED));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void markdownMatchesTheGoldenFile(Language language) throws IOException {
        check("minutes-" + language.name().toLowerCase() + ".md", new MarkdownRenderer().render(sample(language)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlMatchesTheGoldenFile(Language language) throws IOException {
        check("minutes-" + language.name().toLowerCase() + ".html", new HtmlRenderer().render(sample(language)));
    }

    private static void check(String name, String actual) throws IOException {
        if (Boolean.getBoolean("minutes.golden.update")) {
            Path file = Path.of("src/test/resources/org/zielbild/export/golden", name);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = MinutesGoldenTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file %s (run with -Dminutes.golden.update=true to write it)", name).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
