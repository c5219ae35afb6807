package org.zielbild.export.render;

/**
 * User text as literal Markdown (CommonMark with GFM tables): every character that could start
 * emphasis, a link, an image, code, raw HTML, an entity or a table cell is backslash-escaped, and
 * so is whatever would make a line a heading, a list, a quote, a rule or a setext underline. The
 * parsed text is the text as typed (MarkdownRendererTest parses the output back to check it).
 */
final class MarkdownText {

    /** Escaped anywhere in a line. */
    private static final String ALWAYS = "\\`*_[]<>|~&!#";

    private MarkdownText() {
    }

    /** One line of text (line breaks become spaces), e.g. a table cell or a heading. */
    static String inline(String raw) {
        return line(raw.replace('\n', ' ').strip());
    }

    /**
     * Text that may have several lines, for a paragraph or a list item: the lines joined by hard
     * breaks ({@code \} at the end of a line), each continued line indented by {@code indent}.
     */
    static String block(String raw, String indent) {
        StringBuilder out = new StringBuilder();
        for (String l : raw.split("\n")) {
            if (l.isBlank()) {
                continue; // a blank line would end the list item or paragraph
            }
            if (out.length() > 0) {
                out.append("\\\n").append(indent);
            }
            out.append(line(l.strip()));
        }
        return out.toString();
    }

    private static String line(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS.indexOf(c) >= 0) {
                out.append('\\');
            } else if (i == 0 && (c == '-' || c == '+' || c == '=')) {
                out.append('\\'); // a list item, a rule or a setext underline
            } else if ((c == '.' || c == ')') && i > 0 && allDigits(text, i)) {
                out.append('\\'); // "1." or "1)" would start an ordered list
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean allDigits(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
