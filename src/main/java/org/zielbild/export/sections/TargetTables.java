package org.zielbild.export.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RoundResults;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetPicture;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.tables.StatementsTable;

/**
 * The target picture's CSV tables: the statements with their latest revealed result, and every
 * revealed round item by item (the history). Counts only; a round the room never saw is listed
 * with its number of answers and no counts, as in the document.
 */
final class TargetTables {

    private TargetTables() {
    }

    static List<DataTable> of(TargetPicture picture, TargetTexts w) {
        if (picture.isEmpty()) {
            return List.of();
        }
        return List.of(statements(picture, w), rounds(picture, w));
    }

    private static DataTable statements(TargetPicture picture, TargetTexts w) {
        List<StatementsTable.Statement> rows = new ArrayList<>();
        for (Statement s : picture.statements()) {
            Optional<ItemResult> latest = TargetResults.latest(picture, s.id());
            String sources = s.sources().stream().map(l -> l.boardTitle().isBlank() ? l.text() : l.boardTitle() + ": " + l.text())
                    .collect(Collectors.joining("; "));
            rows.add(new StatementsTable.Statement(w.ref(s.id()), s.text(), s.horizon(), sources,
                    TargetResults.history(picture, s.id()).size(),
                    latest.map(r -> r.benefit().base()).orElse(null),
                    latest.map(r -> r.benefit().tally().yes()).orElse(null),
                    latest.map(r -> r.benefit().tally().no()).orElse(null),
                    latest.map(r -> r.attractive().tally().yes()).orElse(null),
                    latest.map(r -> r.attractive().tally().no()).orElse(null),
                    latest.map(r -> threshold(r.round())).orElse(""),
                    TargetResults.standing(picture, s.id()).name().toLowerCase(Locale.ROOT)));
        }
        return StatementsTable.of(rows);
    }

    private static DataTable rounds(TargetPicture picture, TargetTexts w) {
        List<List<String>> rows = new ArrayList<>();
        for (RatingRound round : picture.rounds()) {
            String number = String.valueOf(w.roundNumber(round));
            String started = round.startedAt() == null ? "" : w.texts().dateTime(round.startedAt());
            List<String> head = List.of(number, started, w.mode(round), round.base().name().toLowerCase(Locale.ROOT),
                    String.valueOf(round.present()), threshold(round), round.revealed() ? "yes" : "no");
            if (!round.revealed()) {
                List<String> row = new ArrayList<>(head);
                row.addAll(List.of("", "", String.valueOf(round.answered()), "", "", "", "", "", "", ""));
                rows.add(row);
                continue;
            }
            for (ItemResult r : RoundResults.of(round)) {
                List<String> row = new ArrayList<>(head);
                row.add(r.item().isWholePicture() ? "picture" : w.ref(r.item().statementId()));
                row.add(r.item().wording());
                row.add(String.valueOf(round.answered()));
                row.addAll(List.of(String.valueOf(r.benefit().tally().yes()), String.valueOf(r.benefit().tally().no()),
                        String.valueOf(r.benefit().tally().abstain()), String.valueOf(r.attractive().tally().yes()),
                        String.valueOf(r.attractive().tally().no()), String.valueOf(r.attractive().tally().abstain()),
                        r.carries() ? "carries" : "needs rework"));
                rows.add(row);
            }
        }
        return new DataTable("target_rounds", List.of("round", "started", "mode", "counting_base", "present", "threshold",
                "results_shown", "item", "wording", "answers", "benefit_yes", "benefit_no", "benefit_abstain",
                "attractive_yes", "attractive_no", "attractive_abstain", "result"), rows);
    }

    private static String threshold(RatingRound round) {
        return round.threshold().name().toLowerCase(Locale.ROOT);
    }
}
