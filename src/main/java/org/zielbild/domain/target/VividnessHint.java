package org.zielbild.domain.target;

import java.util.Locale;

/**
 * Why a statement may read abstract, with the guiding question that helps make it vivid. A quiet
 * hint, never a blocker; the facilitator can dismiss it for a statement.
 */
public enum VividnessHint {
    /** Nobody in it: who does something, who notices? */
    NO_WHO,
    /** No time or occasion: when, how often, by when? */
    NO_WHEN,
    /** Only a number or percentage: what does it look like in daily work? */
    ONLY_NUMBER,
    /** Only nouns, nothing happens: what do people do, see, hear? */
    ONLY_NOUNS;

    /** The i18n key of the hint's guiding question. */
    public String questionKey() {
        return "target.hint." + name().toLowerCase(Locale.ROOT);
    }
}
