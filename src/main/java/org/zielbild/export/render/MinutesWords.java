package org.zielbild.export.render;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few words a renderer adds itself (the document's kind, the empty-minutes line, the PDF's note
 * on replaced characters), from the minutes bundle in the minutes' language.
 */
record MinutesWords(String kind, String empty, String replaced) {

    static MinutesWords of(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("i18n.minutes", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        // The values are MessageFormat patterns without arguments: only '' needs undoing.
        return new MinutesWords(plain(b, "minutes.kind"), plain(b, "minutes.empty"), plain(b, "minutes.pdf.replaced"));
    }

    private static String plain(ResourceBundle b, String key) {
        return new java.text.MessageFormat(b.getString(key)).format(new Object[0]);
    }
}
