package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The runs shown in docs/assign.md, on the files in docs/examples, print what the page says. */
class DocumentedExamplesTest {

    private static final String EXAMPLES = "docs/examples/";

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "--policy fair",
            "--locks " + EXAMPLES + "locks.csv --forbidden " + EXAMPLES + "forbidden.csv"})
    void summaryLineIsTheOneInTheDocs(String extra) throws IOException {
        String command = "assign --coaches " + EXAMPLES + "coaches.csv --ballots " + EXAMPLES + "ballots.csv " + extra;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(command.strip().split(" "), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String summary = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(summary).startsWith("Assigned 23 participants to 4 coaches");
        assertThat(Files.readString(Path.of("docs", "assign.md"))).contains(summary);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(24);
    }
}
