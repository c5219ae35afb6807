package org.zielbild.ui.common;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;

/**
 * The UI's texts in one language. Every text comes from the bundles in {@link #BUNDLES}
 * ({@code src/main/resources/i18n}); a test checks that English and German have the same keys.
 * All values are {@link MessageFormat} patterns, so a literal apostrophe is written {@code ''}.
 */
public final class I18n {

    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);

    /** One bundle per area keeps the files small; a key lives in exactly one of them. */
    public static final List<String> BUNDLES = List.of(
            "i18n.domain",
            "i18n.shell",
            "i18n.run",
            "i18n.board",
            "i18n.mood",
            "i18n.reflection",
            "i18n.customer",
            "i18n.closing",
            "i18n.target",
            "i18n.mandate",
            "i18n.coaching",
            "i18n.store",
            "i18n.minutes",
            "i18n.imports");

    private final Language language;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public I18n(Language language) {
        this.language = language;
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : BUNDLES) {
            bundles.add(ResourceBundle.getBundle(name, language.locale(), noFallback));
        }
    }

    public Language language() {
        return language;
    }

    /** The same texts in {@code other} language: this one when it already speaks it (e.g. the room's I18n). */
    public I18n forLanguage(Language other) {
        return other == language ? this : new I18n(other);
    }

    public Locale locale() {
        return language.locale();
    }

    /** The text for {@code key} with its arguments filled in; a visible marker if the key is missing. */
    public String t(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return new MessageFormat(b.getString(key), locale()).format(localized(args));
            }
        }
        LOG.warn("missing text key '{}' for {}", key, language);
        return "!" + key + "!";
    }

    /** Nested messages (e.g. the reason inside "could not undo: ...") are translated too. */
    private Object[] localized(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Message m) {
                out[i] = text(m);
            }
        }
        return out;
    }

    public String text(Message message) {
        return t(message.key(), message.args().toArray());
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The raw pattern, for tests. */
    String pattern(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        throw new MissingResourceException(key, I18n.class.getName(), key);
    }
}
