package org.zielbild.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Message;
import org.zielbild.testing.SpecialFiles;

/**
 * What is not a text file for an import is refused with the file's name and a true reason, at once
 * (issue 17, cases 9 and 10): empty, binary, a workbook, a broken UTF-16 file, a pipe, a device, a
 * folder, too large, too many lines. Reading a pipe or a device never blocks or runs out of memory.
 */
class TextFileRefusalTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void anEmptyFileSaysSo() throws Exception {
        assertRefused(file("empty.csv", new byte[0]), "textfile.empty", "the file is empty");
        assertRefused(file("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n', ' ', '\n'}),
                "textfile.empty", "the file is empty");
        assertRefused(file("utf16.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, '\n', 0}), "textfile.empty",
                "the file is empty");
    }

    @Test
    void binaryDataIsRefusedNotOfferedAsRows() throws Exception {
        byte[] random = new byte[4096];
        new Random(17).nextBytes(random);
        random[0] = 'x'; // no known signature
        assertRefused(file("random.bin", random), "textfile.binary", "it holds binary data, not text");
        byte[] zeros = "name,team\nAnna,Sales\n\0\0\0\0".getBytes(StandardCharsets.UTF_8);
        assertRefused(file("zeros.csv", zeros), "textfile.binary", "it holds binary data, not text");
        assertRefused(file("program", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0}),
                "textfile.binary", "it holds binary data, not text");
    }

    @Test
    void workbooksDocumentsAndPicturesAreNamed() throws Exception {
        assertRefused(file("people.xlsx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0}), "textfile.workbook",
                "it is a workbook or document (such as .xlsx or .ods), not text; save it as CSV first");
        assertRefused(file("people.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1, 0}), "textfile.workbook", "it is a workbook or document (such as .xlsx or .ods), not text;"
                + " save it as CSV first");
        assertRefused(file("minutes.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)), "textfile.pdf",
                "it is a PDF document, not text");
        assertRefused(file("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}), "textfile.picture",
                "it is a picture, not text");
    }

    @Test
    void aUtf16FileThatIsCutOffIsRefusedSayingWhere() throws Exception {
        byte[] text = TextFileDetectionTest.bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "name\tteam\r\nAnna\tSales",
                StandardCharsets.UTF_16LE);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
        assertRefused(file("cut.txt", cut), "textfile.notInEncoding",
                "it begins with the mark of UTF-16 LE but is not valid UTF-16 LE from byte " + cut.length
                        + " on (cut off or damaged)");
        byte[] utf8 = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'J', (byte) 0xF6, 'r', 'g', '\n'};
        assertRefused(file("mixed.csv", utf8), "textfile.notInEncoding",
                "it begins with the mark of UTF-8 but is not valid UTF-8 from byte 5 on (cut off or damaged)");
    }

    @Test
    void aNamedPipeIsRefusedAtOnce() throws Exception {
        Path fifo = SpecialFiles.fifo(dir, "people.csv");
        assertTimeoutPreemptively(AT_ONCE, () -> assertRefused(fifo, "textfile.kind.pipe",
                "it is a named pipe (FIFO), not a file"));
    }

    @Test
    void aLinkToDevZeroIsRefusedAtOnce() throws Exception {
        Path zero = SpecialFiles.devZeroLink(dir, "people.csv");
        assertTimeoutPreemptively(AT_ONCE, () -> assertRefused(zero, "textfile.kind.device",
                "it is a device (such as /dev/zero), not a file"));
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("people.csv"));
        assertRefused(folder, "textfile.kind.folder", "it is a folder, not a file");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws Exception {
        Path huge = SpecialFiles.sparse(dir, "huge.csv", 3L << 30);
        assertTimeoutPreemptively(AT_ONCE, () -> assertRefused(huge, "textfile.tooLarge",
                "it is 3,072 MB; at most 5 MB can be read"));
    }

    @Test
    void aFileWithMoreRowsThanTheLimitIsRefusedSayingTheLimit() throws Exception {
        StringBuilder rows = new StringBuilder("participant,choice1\n");
        for (int i = 0; i <= SpreadsheetText.MAX_ROWS; i++) {
            rows.append('P').append(i).append(",Anna\n");
        }
        assertRefused(file("ballots.csv", rows.toString().getBytes(StandardCharsets.UTF_8)), "textfile.tooManyLines",
                "it has 10,002 lines; at most 10,000 rows and a header can be read");
        String allowed = rows.substring(0, rows.lastIndexOf("P"));
        assertThat(TextFile.of("ok.csv", allowed.getBytes(StandardCharsets.UTF_8)).detected().text()).endsWith("P9999,Anna\n");
    }

    @Test
    void aMissingFileCouldNotBeOpened() {
        assertThatThrownBy(() -> TextFile.read(dir.resolve("nobody.csv"))).isInstanceOfSatisfying(UnreadableText.class, e -> {
            assertThat(e.couldNotOpen()).isTrue();
            assertThat(e.reason()).isEqualTo(Message.of("textfile.missing"));
        });
    }

    @Test
    void theCommandLinesTableSaysTheSameInOneLine() throws Exception {
        Path fifo = SpecialFiles.fifo(dir, "coaches.csv");
        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> CsvTable.read(fifo))
                .isInstanceOf(CsvException.class)
                .hasMessage(fifo + ": it is a named pipe (FIFO), not a file"));
        Path empty = file("empty.csv", new byte[0]);
        assertThatThrownBy(() -> CsvTable.read(empty)).hasMessage(empty + " is empty");
        assertThatThrownBy(() -> CsvTable.read(dir.resolve("nobody.csv")))
                .hasMessage("cannot read " + dir.resolve("nobody.csv") + ": no such file or folder");
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static void assertRefused(Path file, String key, String english) {
        assertThatThrownBy(() -> TextFile.read(file)).isInstanceOfSatisfying(UnreadableText.class, e -> {
            assertThat(e.reason().key()).isEqualTo(key);
            assertThat(e.couldNotOpen()).isFalse();
            assertThat(e.file()).isEqualTo(file.toString());
            assertThat(e.getMessage()).isEqualTo(file + ": " + english);
        });
    }
}
