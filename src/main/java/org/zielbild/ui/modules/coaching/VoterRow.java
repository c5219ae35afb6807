package org.zielbild.ui.modules.coaching;

import org.zielbild.domain.roster.Participant;

/** A participant and whether they have chosen: who has voted is shown, never what. */
public record VoterRow(Participant participant, boolean voted) {
}
