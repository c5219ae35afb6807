package org.zielbild.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.csv.EnglishMessages;

/**
 * A file is written whole or not at all (issue 17, case 10): when the disk fills up or the writer
 * fails halfway, the previous file stays as it was and no temporary file is left behind.
 */
class AtomicFilesTest {

    private static final EnglishMessages EN = new EnglishMessages(List.of("i18n.minutes"));

    @TempDir
    Path dir;

    @Test
    void aFullDiskHalfwayLeavesThePreviousFileAndSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("assignment.csv"), "the previous assignment\n");
        ExportException e = catchThrowableOfType(ExportException.class, () -> AtomicFiles.write(file, out -> {
            out.write("participant,coach\nP1,".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertThat(EN.text(e.userMessage())).isEqualTo("Could not write " + file
                + ": the disk is full. Free some space or choose another place.");
        assertThat(file).hasContent("the previous assignment");
        assertThat(namesIn(dir)).containsExactly("assignment.csv");
    }

    @Test
    void aWriterThatBreaksLeavesNoFileAndNoTemporaryOne() {
        Path file = dir.resolve("minutes.pdf");
        try {
            AtomicFiles.write(file, out -> {
                out.write(new byte[4096]);
                throw new IllegalStateException("renderer bug");
            });
        } catch (IllegalStateException | ExportException expected) {
            // the bug reaches the caller; the folder is as before
        }
        assertThat(namesIn(dir)).isEmpty();
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWhole() throws Exception {
        Path file = Files.writeString(dir.resolve("minutes.md"), "old");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("new");
        assertThat(namesIn(dir)).containsExactly("minutes.md");
    }

    private static List<String> namesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
