package org.zielbild.ui.modules.target;

import javafx.stage.Stage;

/** Finds the ballot form on a private ballot screen's window, for tests. */
record BallotFormProbe(Stage window) {

    BallotForm form() {
        Object screen = window.getProperties().get(TargetBallotScreen.class);
        return screen instanceof TargetBallotScreen s ? s.form() : null;
    }
}
