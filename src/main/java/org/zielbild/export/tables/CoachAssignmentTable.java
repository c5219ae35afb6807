package org.zielbild.export.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.export.model.DataTable;

/**
 * The coach assignment for spreadsheets: who goes to which coach. The columns follow the
 * {@code assign} command's output ({@code participant,coach,rank}), but a person's rank of their
 * coach is part of their secret ballot: the rank column is there only when the facilitator ticks
 * "include individual ranks" (off by default). The coach-vote section feeds it once that slice has
 * landed.
 */
public final class CoachAssignmentTable {

    /** One placement; {@code rank} 1 for a first choice, 0 when the person did not rank that coach. */
    public record Placement(String participant, String coach, int rank) {
        public Placement {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(coach, "coach");
        }
    }

    public static final String NAME = "coach-assignment";

    private CoachAssignmentTable() {
    }

    public static DataTable of(List<Placement> placements, boolean includeIndividualRanks) {
        List<List<String>> rows = new ArrayList<>();
        for (Placement p : placements) {
            rows.add(includeIndividualRanks
                    ? List.of(p.participant(), p.coach(), p.rank() > 0 ? String.valueOf(p.rank()) : "")
                    : List.of(p.participant(), p.coach()));
        }
        return new DataTable(NAME, includeIndividualRanks ? List.of("participant", "coach", "rank")
                : List.of("participant", "coach"), rows);
    }
}
