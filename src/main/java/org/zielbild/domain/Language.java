package org.zielbild.domain;

import java.util.Locale;

/** The languages the app and its templates speak. */
public enum Language {
    EN(Locale.ENGLISH),
    DE(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a locale, English when it is neither. */
    public static Language of(Locale locale) {
        return locale != null && locale.getLanguage().equals("de") ? DE : EN;
    }
}
