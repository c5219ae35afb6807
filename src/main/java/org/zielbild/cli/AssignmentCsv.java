package org.zielbild.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zielbild.assign.Assignment;
import org.zielbild.assign.Placement;

/** Writes {@code participant,coach,rank} (rank empty when unranked), one row per ballot in ballot order. */
final class AssignmentCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader("participant", "coach", "rank")
            .setRecordSeparator('\n')
            .get();

    private AssignmentCsv() {
    }

    static String format(Assignment assignment) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            for (Placement placement : assignment.placements()) {
                printer.printRecord(placement.participant(), placement.coach(),
                        placement.isRanked() ? String.valueOf(placement.rank()) : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
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
