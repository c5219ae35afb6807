package org.zielbild.ui.modules.mandate;

import org.zielbild.domain.mandate.Readiness;
import org.zielbild.domain.mandate.TeamMandate;

/** A team in the stage's list: its mandate and actions, and how ready it is. */
record TeamRow(TeamMandate team, Readiness readiness) {

    String id() {
        return team.teamId();
    }
}
