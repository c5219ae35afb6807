package org.zielbild.csv;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zielbild.domain.Message;

/**
 * Messages in English words for the command line and the log (the app shows the same messages in
 * its language from the same bundles): one line, nested messages filled in.
 */
public final class EnglishMessages {

    private static final EnglishMessages IMPORTS = new EnglishMessages(List.of("i18n.imports"));

    private final List<ResourceBundle> bundles;

    public EnglishMessages(List<String> bundleNames) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        bundles = bundleNames.stream().map(b -> ResourceBundle.getBundle(b, Locale.ENGLISH, noFallback)).toList();
    }

    /** The text readers' own messages ({@code textfile.*}). */
    public static EnglishMessages imports() {
        return IMPORTS;
    }

    public String text(Message m) {
        Object[] args = m.args().stream().map(a -> a instanceof Message nested ? text(nested) : a).toArray();
        for (ResourceBundle b : bundles) {
            if (b.containsKey(m.key())) {
                return new MessageFormat(b.getString(m.key()), Locale.ENGLISH).format(args).replace('\n', ' ');
            }
        }
        return m.key() + " " + m.args();
    }
}
