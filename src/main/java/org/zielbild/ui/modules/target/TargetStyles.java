package org.zielbild.ui.modules.target;

import java.util.Objects;

/** The stage's stylesheet: laptop view, ballot screen and projection (which may not see the view). */
final class TargetStyles {

    static final String STYLESHEET = Objects.requireNonNull(TargetStyles.class.getResource("target.css")).toExternalForm();

    private TargetStyles() {
    }
}
