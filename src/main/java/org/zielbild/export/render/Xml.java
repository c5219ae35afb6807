package org.zielbild.export.render;

/**
 * Text as XHTML character data: the five markup characters as entities, line breaks as
 * {@code <br/>}, and characters XML forbids (stray control characters, unpaired surrogates) left
 * out, so a note such as {@code <script>alert('x')</script>} is printed, never run, and the PDF's
 * XML parser never fails on user text.
 */
final class Xml {

    private Xml() {
    }

    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br/>");
                default -> {
                    if (allowed(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    /** An attribute value: like {@link #text} but a line break becomes a space. */
    static String attribute(String raw) {
        return text(raw.replace('\n', ' '));
    }

    private static boolean allowed(int cp) {
        if (cp == '\t') {
            return true;
        }
        if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) {
            return false;
        }
        return !(cp >= 0xD800 && cp <= 0xDFFF); // a lone surrogate half
    }
}
