import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (process-classes, see pom.xml): writes a binary {@code .bss} beside each of the app's
 * stylesheets in target/classes. JavaFX loads {@code x.bss} in place of {@code x.css} when both are
 * there, and so skips parsing the CSS text while the first window is made (docs/decisions/0090).
 * Run as a source file: {@code java -cp <classpath> src/build/java/CssToBinary.java <classes dir>}.
 */
public final class CssToBinary {

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(classes.resolve("org/zielbild/ui"))) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            Path bss = css.resolveSibling(css.getFileName().toString().replaceFirst("\\.css$", ".bss"));
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
        System.out.println("CssToBinary: " + sheets.size() + " stylesheets compiled in " + classes);
    }
}
