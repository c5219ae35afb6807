package org.zielbild.cli;

import org.apache.commons.csv.CSVFormat;
import org.zielbild.assign.Assignment;
import org.zielbild.assign.Placement;

/** Writes {@code participant,coach,rank} (rank empty when unranked), one row per ballot in ballot order. */
final class AssignmentCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private AssignmentCsv() {
    }

    /** Lines end in LF, not the RFC's CRLF: friendlier in terminals and diffs, and spreadsheets read both. */
    static String format(Assignment assignment) {
        StringBuilder text = new StringBuilder(FORMAT.format("participant", "coach", "rank")).append('\n');
        for (Placement placement : assignment.placements()) {
            text.append(FORMAT.format(placement.participant(), placement.coach(),
                    placement.isRanked() ? String.valueOf(placement.rank()) : "")).append('\n');
        }
        return text.toString();
    }

    /** The one line that sums the result up, e.g. for stderr. */
    static String summary(Assignment assignment) {
        return "Assigned " + assignment.placements().size() + " participants to " + assignment.byCoach().size()
                + " coaches (policy " + assignment.policy().label() + ", seed " + assignment.seed() + "): "
                + assignment.profile().describe();
    }
}
