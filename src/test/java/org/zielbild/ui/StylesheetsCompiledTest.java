package org.zielbild.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet of the app has a binary twin the build made from it (src/build/java/CssToBinary.java,
 * decision 0090): JavaFX loads the .bss in place of the .css, so the two must say the same.
 */
class StylesheetsCompiledTest {

    @Test
    void eachStylesheetHasABinaryTwinWithTheSameRules() throws Exception {
        Path classes = Path.of(StylesheetsCompiledTest.class.getResource("/org/zielbild/ui/app.css").toURI()).getParent();
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(classes)) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(8);
        for (Path css : sheets) {
            Path bss = css.resolveSibling(css.getFileName().toString().replace(".css", ".bss"));
            assertThat(bss).as("binary twin of %s", css).exists();
            URL cssUrl = css.toUri().toURL();
            Stylesheet parsed = new CssParser().parse(cssUrl);
            Stylesheet binary = Stylesheet.loadBinary(bss.toUri().toURL());
            assertThat(describe(binary.getRules())).as(css.getFileName().toString()).isEqualTo(describe(parsed.getRules()));
        }
    }

    /**
     * Selectors and the properties each rule sets, in order. (The values are JavaFX's to convert;
     * their text forms differ between the two readings, e.g. for border styles.)
     */
    private static List<String> describe(List<Rule> rules) {
        return rules.stream().map(r -> r.getSelectors() + " { " + r.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? " !important" : "")).toList() + " }").toList();
    }
}
