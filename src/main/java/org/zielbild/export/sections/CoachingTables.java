package org.zielbild.export.sections;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.Question;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.tables.CoachAssignmentTable;

/**
 * The coach round for spreadsheets: the coaches, the questions, every computation and the latest
 * assignment (with each person's rank only when the export asks for it; a ballot itself never).
 */
final class CoachingTables {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private CoachingTables() {
    }

    static List<DataTable> of(MinutesContext context, TableOptions options) {
        Coaching c = context.session().coaching();
        return List.of(coaches(c), questions(c), runs(context, c), assignment(c, options));
    }

    private static DataTable coaches(Coaching c) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Coach coach : c.inPitchOrder()) {
            String placed = c.latestRun().map(r -> String.valueOf(r.group(coach.id()).size())).orElse("");
            rows.add(List.of(String.valueOf(n++), coach.name(), coach.style(), coach.languages(),
                    String.valueOf(coach.capacity()), placed));
        }
        return new DataTable("coaches", List.of("pitch_order", "coach", "style", "languages", "capacity", "placed"), rows);
    }

    private static DataTable questions(Coaching c) {
        List<List<String>> rows = new ArrayList<>();
        for (Coach coach : c.inPitchOrder()) {
            for (Question q : c.questionsFor(coach.id())) {
                rows.add(List.of(coach.name(), q.text(), q.askedBy(), q.answered() ? "yes" : "no"));
            }
        }
        return new DataTable("coach-questions", List.of("coach", "question", "asked_by", "answered"), rows);
    }

    private static DataTable runs(MinutesContext context, Coaching c) {
        List<List<String>> rows = new ArrayList<>();
        for (AssignmentRun run : c.runs()) {
            List<Integer> byRank = run.byRank();
            StringBuilder profile = new StringBuilder();
            for (int rank = 1; rank <= byRank.size(); rank++) {
                profile.append(rank > 1 ? ";" : "").append(byRank.get(rank - 1));
            }
            rows.add(List.of(MINUTE.withZone(context.texts().zone()).format(run.at()),
                    run.policy().name().toLowerCase(Locale.ROOT), String.valueOf(run.seed()),
                    String.valueOf(run.pins().size()), String.valueOf(run.forbidden().size()), profile.toString(),
                    String.valueOf(run.unranked()), String.valueOf(run.notVoted())));
        }
        return new DataTable("coach-runs", List.of("computed", "policy", "seed", "pins", "forbidden_pairs",
                "count_by_rank", "placed_unranked", "did_not_vote"), rows);
    }

    /** The latest run, person by person in roster order; the rank column follows the export's choice. */
    private static DataTable assignment(Coaching c, TableOptions options) {
        List<CoachAssignmentTable.Placement> placements = new ArrayList<>();
        c.latestRun().ifPresent(run -> {
            for (RunPlacement p : run.placements()) {
                placements.add(new CoachAssignmentTable.Placement(p.participantName(), p.coachName(),
                        p.kind() == PlacementKind.RANKED ? p.rank() : 0));
            }
        });
        return CoachAssignmentTable.of(placements, options.includeIndividualRanks());
    }
}
