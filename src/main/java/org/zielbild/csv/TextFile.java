package org.zielbild.csv;

import java.nio.file.Path;
import java.util.Optional;
import org.zielbild.domain.Message;

/**
 * A text file an import or a command reads: its bytes (at most {@link SpreadsheetText#MAX_BYTES}),
 * and the text as detected (docs/decisions/0085). Refused with a true reason when it is empty, binary,
 * declares an encoding it does not keep to, or has more lines than anyone imports. The import
 * preview reads the same bytes again in an encoding the user chooses ({@link #as}).
 */
public final class TextFile {

    private final String path;
    private final byte[] bytes;
    private final DecodedText detected;

    private TextFile(String path, byte[] bytes, DecodedText detected) {
        this.path = path;
        this.bytes = bytes;
        this.detected = detected;
    }

    /** Reads and checks the file; a special file (pipe, device, folder) is refused without being opened. */
    public static TextFile read(Path file) throws UnreadableText {
        return of(file.toString(), FileBytes.read(file, SpreadsheetText.MAX_BYTES));
    }

    /** Checks bytes that came from {@code path} and detects their encoding, line ends and delimiter. */
    public static TextFile of(String path, byte[] bytes) throws UnreadableText {
        if (bytes.length == 0) {
            throw UnreadableText.refused(path, "textfile.empty");
        }
        Optional<String> other = TextContent.signature(bytes);
        if (other.isPresent()) {
            throw UnreadableText.refused(path, other.get());
        }
        EncodingGuess.Guess guess = EncodingGuess.guess(bytes);
        TextEncoding encoding = guess.encoding();
        String raw;
        try {
            raw = guess.byteOrderMark() || encoding.hasByteOrderMark() ? encoding.decodeStrictly(bytes) : encoding.decode(bytes);
        } catch (TextEncoding.NotInEncoding e) {
            if (!guess.byteOrderMark()) {
                throw UnreadableText.refused(path, "textfile.binary"); // the zeros looked like UTF-16, the rest is not
            }
            throw UnreadableText.refused(path, "textfile.notInEncoding", Message.of(encoding.labelKey()), e.offset + 1L);
        }
        if (TextContent.looksBinary(raw)) {
            throw UnreadableText.refused(path, "textfile.binary");
        }
        if (raw.isBlank()) {
            throw UnreadableText.refused(path, "textfile.empty");
        }
        int unreadable = (int) raw.chars().filter(c -> c == '\uFFFD').count();
        DecodedText text = DecodedText.of(raw, encoding, guess.byteOrderMark(), unreadable);
        long lines = text.text().lines().filter(l -> !l.isBlank()).count();
        if (lines > SpreadsheetText.MAX_ROWS + 1L) {
            throw UnreadableText.refused(path, "textfile.tooManyLines", lines, SpreadsheetText.MAX_ROWS);
        }
        return new TextFile(path, bytes, text);
    }

    /** The path as the user gave or picked it. */
    public String path() {
        return path;
    }

    /** The file's name without its folder, for the import preview. */
    public String fileName() {
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }

    /** The text as detected. */
    public DecodedText detected() {
        return detected;
    }

    /** The same bytes read in {@code encoding} (the user's correction of the detection); never refused. */
    public DecodedText as(TextEncoding encoding) {
        return encoding == detected.encoding() ? detected : DecodedText.of(bytes, encoding);
    }
}
