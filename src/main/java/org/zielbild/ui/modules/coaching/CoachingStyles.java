package org.zielbild.ui.modules.coaching;

import java.util.Objects;

/** The coach round's stylesheet, shared by the laptop's tabs, the ballot screen and the wall. */
final class CoachingStyles {

    static final String STYLESHEET = Objects.requireNonNull(
            CoachingStyles.class.getResource("coaching.css")).toExternalForm();

    private CoachingStyles() {
    }
}
