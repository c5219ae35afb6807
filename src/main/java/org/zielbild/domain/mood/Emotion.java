package org.zielbild.domain.mood;

import java.util.Locale;

/**
 * The emotion words offered in a mood round. Stored by name, so counts do not depend on the
 * language; people may add their own words besides.
 */
public enum Emotion {
    FRUSTRATED,
    ANGRY,
    DISAPPOINTED,
    WORRIED,
    UNCERTAIN,
    TIRED,
    CALM,
    CURIOUS,
    HOPEFUL,
    MOTIVATED,
    CONFIDENT,
    PROUD;

    /** The i18n key of the word. */
    public String nameKey() {
        return "emotion." + name().toLowerCase(Locale.ROOT);
    }
}
