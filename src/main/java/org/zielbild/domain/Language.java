package org.zielbild.domain;

import java.util.Locale;

/** The languages the app and its templates speak. */
public enum Language {
    EN(Locale.ENGLISH),
    /** With the country: without one the calendar's week starts on Sunday; German weeks start on Monday. */
    DE(Locale.GERMANY);

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
