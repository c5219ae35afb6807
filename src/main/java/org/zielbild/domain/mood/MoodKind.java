package org.zielbild.domain.mood;

/** When in the day a mood round happens; a check-out is compared with the check-in. */
public enum MoodKind {
    CHECK_IN,
    CHECK_OUT
}
