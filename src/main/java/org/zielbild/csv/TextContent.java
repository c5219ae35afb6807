package org.zielbild.csv;

import java.util.Optional;

/**
 * Whether bytes are text at all: known file signatures (a workbook, a PDF, a picture) and, once
 * decoded, control characters that text never holds (a zero, or more than one in a hundred).
 */
final class TextContent {

    private TextContent() {
    }

    /** The reason key for a file whose first bytes name another format, or empty. */
    static Optional<String> signature(byte[] b) {
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of("textfile.workbook"); // .xlsx, .ods, .docx are ZIP files; .xls and .doc OLE2
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("textfile.pdf");
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')) {
            return Optional.of("textfile.picture");
        }
        return Optional.empty();
    }

    /** True when the text holds a zero character, or more than 1 % control characters that text files never use. */
    static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) || c == 0x7F) {
                controls++;
            }
        }
        return controls * 100L > text.length();
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
