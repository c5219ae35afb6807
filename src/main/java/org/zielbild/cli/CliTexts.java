package org.zielbild.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zielbild.domain.Message;

/**
 * The store's and the exporter's messages in English words for the command line (the app shows
 * the same messages in its language): one line, nested messages filled in.
 */
final class CliTexts {

    private static final List<String> BUNDLES = List.of("i18n.store", "i18n.minutes", "i18n.domain");

    private final List<ResourceBundle> bundles;

    CliTexts() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        bundles = BUNDLES.stream().map(b -> ResourceBundle.getBundle(b, Locale.ENGLISH, noFallback)).toList();
    }

    String text(Message m) {
        Object[] args = m.args().stream().map(a -> a instanceof Message nested ? text(nested) : a).toArray();
        for (ResourceBundle b : bundles) {
            if (b.containsKey(m.key())) {
                return new MessageFormat(b.getString(m.key()), Locale.ENGLISH).format(args).replace('\n', ' ');
            }
        }
        return m.key() + " " + m.args();
    }
}
