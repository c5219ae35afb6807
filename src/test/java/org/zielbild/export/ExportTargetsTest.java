package org.zielbild.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.csv.EnglishMessages;
import org.zielbild.testing.SpecialFiles;

/**
 * The places an export is refused before it writes anything (issue 17, case 10), each with the
 * place and a true reason; a refusal leaves the place as it was (a pipe stays a pipe, a link to
 * {@code /dev/full} stays a link: as root, a file moved over the device would have replaced it).
 */
class ExportTargetsTest {

    private static final EnglishMessages EN = new EnglishMessages(List.of("i18n.minutes"));

    @TempDir
    Path dir;

    @Test
    void aNamedPipeIsNoFile() throws Exception {
        Path pipe = SpecialFiles.fifo(dir, "minutes.md");
        assertThat(refusal(pipe, false)).isEqualTo("Could not write " + pipe
                + ": it is a named pipe (FIFO), not a file. Choose an ordinary file.");
        assertThat(refusal(pipe, true)).endsWith("it is a named pipe (FIFO), not a file. Choose an ordinary file.");
    }

    @Test
    void aLinkToDevFullIsADevice() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
        Path link = Files.createSymbolicLink(dir.resolve("minutes.pdf"), full);
        assertThat(refusal(link, false)).endsWith("it is a device (such as /dev/full), not a file. Choose an ordinary file.");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aFolderWhereAFileGoesAndAFileWhereAFolderGoes() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("minutes.html"));
        assertThat(refusal(folder, false)).endsWith("it is a folder. Choose a file name.");
        Path file = Files.writeString(dir.resolve("tables"), "x");
        assertThat(refusal(file, true)).endsWith("a folder of that name is in the way (or a file where a folder is needed).");
        assertThat(refusal(file.resolve("minutes.md"), false))
                .endsWith("a folder of that name is in the way (or a file where a folder is needed).");
    }

    @Test
    void aMissingFolderIsSaidButAFolderOfTablesMayBeMadeWithItsParents() {
        Path gone = dir.resolve("unplugged").resolve("minutes.md");
        assertThat(refusal(gone, false)).isEqualTo("Could not write " + gone + ": the folder does not exist.");
        assertThatCode(() -> ExportTargets.standard().check(dir.resolve("a").resolve("b-tables"), true))
                .doesNotThrowAnyException();
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void anUnwritableFolderIsSaid() throws Exception {
        ExportTargets nothingWritable = new ExportTargets(p -> false);
        Path file = dir.resolve("minutes.md");
        ExportException e = catchThrowableOfType(ExportException.class, () -> nothingWritable.check(file, false));
        assertThat(EN.text(e.userMessage())).isEqualTo("Could not write " + file
                + ": you may not write there. Choose another folder.");
        assertThat(file).doesNotExist();
    }

    @Test
    void anOrdinaryFileOrANewNameIsFine() throws Exception {
        Path old = Files.writeString(dir.resolve("minutes.md"), "old");
        assertThatCode(() -> ExportTargets.standard().check(old, false)).doesNotThrowAnyException();
        assertThatCode(() -> ExportTargets.standard().check(dir.resolve("new.md"), false)).doesNotThrowAnyException();
        assertThatCode(() -> ExportTargets.standard().check(dir, true)).doesNotThrowAnyException();
    }

    private static String refusal(Path target, boolean folder) {
        ExportException e = catchThrowableOfType(ExportException.class, () -> ExportTargets.standard().check(target, folder));
        assertThat(e).as("refused: %s", target).isNotNull();
        return EN.text(e.userMessage());
    }
}
