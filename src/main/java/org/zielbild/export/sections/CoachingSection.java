package org.zielbild.export.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.Question;
import org.zielbild.domain.coaching.RunCoach;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.DistributionRow;
import org.zielbild.export.model.Fact;
import org.zielbild.export.model.MinutesPart;

/**
 * The coach round as the room saw it: the coaches in pitch order, the questions asked, and the
 * latest computed assignment (who goes to which coach, unused coaches, who did not vote, the ranks
 * received as counts) with every earlier computation. A person's ranking and their own rank never
 * appear in the document; the spreadsheet table has the rank only when the export asks for it
 * ({@link CoachingTables}, decisions 0130 and 0140). When the wall showed the groups as counts only,
 * the document does the same.
 */
final class CoachingSection implements MinutesSection {

    static final String KEY = "coaching";

    @Override
    public List<PlacedPart> parts(MinutesContext context) {
        Coaching c = context.session().coaching();
        if (c.coaches().isEmpty() && c.runs().isEmpty()) {
            return List.of();
        }
        MinutesTexts t = context.texts();
        List<Block> blocks = new ArrayList<>();
        coaches(t, c, blocks);
        questions(t, c, blocks);
        c.latestRun().ifPresent(run -> assignment(t, c, run, context.session().roster().participants().size(), blocks));
        if (c.runs().size() > 1) {
            runs(t, c, blocks);
        }
        return List.of(PlacedPart.atStage(stageOf(context), new MinutesPart(KEY, t.t("minutes.coaching.title"), blocks)));
    }

    @Override
    public List<DataTable> tables(MinutesContext context, TableOptions options) {
        return CoachingTables.of(context, options);
    }

    /** The coach round's stage; without one (deleted) the part goes to the end of the day. */
    private static String stageOf(MinutesContext context) {
        return context.session().agenda().stages().stream().filter(s -> s.moduleId().equals(TargetPictureDay.COACHES))
                .map(Stage::id).findFirst().orElse("");
    }

    private static void coaches(MinutesTexts t, Coaching c, List<Block> blocks) {
        if (c.coaches().isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(t.t("minutes.coaching.coaches"), 1));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Coach coach : c.inPitchOrder()) {
            rows.add(List.of(String.valueOf(n++), coach.name(), coach.style(), coach.languages(),
                    String.valueOf(coach.capacity())));
        }
        blocks.add(new Block.Table(List.of(new Block.Column(t.t("minutes.coaching.order"), true),
                new Block.Column(t.t("minutes.coaching.coach"), false),
                new Block.Column(t.t("minutes.coaching.style"), false),
                new Block.Column(t.t("minutes.coaching.languages"), false),
                new Block.Column(t.t("minutes.coaching.places"), true)), rows));
        blocks.add(new Block.Paragraph(c.orderSeed() == null ? t.t("minutes.coaching.orderChosen")
                : t.t("minutes.coaching.orderDrawn", c.orderSeed()), true));
    }

    private static void questions(MinutesTexts t, Coaching c, List<Block> blocks) {
        List<Block.Item> items = new ArrayList<>();
        for (Coach coach : c.inPitchOrder()) {
            List<Question> asked = c.questionsFor(coach.id());
            if (!asked.isEmpty()) {
                items.add(new Block.Item(coach.name(), t.t("minutes.coaching.questionCount", asked.size()),
                        asked.stream().map(q -> new Block.Item(q.text(), questionMeta(t, q))).toList()));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(new Block.Heading(t.t("minutes.coaching.questions"), 1));
            blocks.add(new Block.Items(items));
        }
    }

    private static String questionMeta(MinutesTexts t, Question q) {
        String state = t.t(q.answered() ? "minutes.coaching.answered" : "minutes.coaching.open");
        return q.askedBy().isEmpty() ? state : t.t("minutes.coaching.askedBy", q.askedBy()) + " · " + state;
    }

    private static void assignment(MinutesTexts t, Coaching c, AssignmentRun run, int people, List<Block> blocks) {
        blocks.add(new Block.Heading(t.t("minutes.coaching.assignment"), 1));
        int voters = run.placements().size() - run.notVoted();
        blocks.add(new Block.Facts(List.of(
                new Fact(t.t("minutes.coaching.computed"), t.dateTime(run.at())),
                new Fact(t.t("minutes.coaching.policy"), policy(t, run)),
                new Fact(t.t("minutes.coaching.seed"), String.valueOf(run.seed())),
                new Fact(t.t("minutes.coaching.chose"), t.t("minutes.coaching.choseOf", voters, run.placements().size())),
                new Fact(t.t("minutes.coaching.byHand"), t.t("minutes.coaching.byHandCounts", run.pins().size(),
                        run.forbidden().size())))));
        boolean names = !c.plan().countsOnly();
        List<List<String>> rows = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (RunCoach coach : run.coaches()) {
            List<RunPlacement> group = run.group(coach.coachId());
            if (group.isEmpty()) {
                unused.add(coach.name());
            }
            String placed = t.t("minutes.coaching.placed", group.size(), coach.capacity());
            rows.add(names ? List.of(coach.name(), String.join(", ", group.stream().map(RunPlacement::participantName)
                    .toList()), placed) : List.of(coach.name(), placed));
        }
        List<Block.Column> columns = new ArrayList<>(List.of(new Block.Column(t.t("minutes.coaching.coach"), false)));
        if (names) {
            columns.add(new Block.Column(t.t("minutes.coaching.group"), false));
        }
        columns.add(new Block.Column(t.t("minutes.coaching.places"), false));
        blocks.add(new Block.Table(columns, rows));
        if (!names) {
            blocks.add(new Block.Paragraph(t.t("minutes.coaching.countsOnly"), true));
        }
        blocks.add(new Block.Paragraph(unused.isEmpty() ? t.t("minutes.coaching.noneUnused")
                : t.t("minutes.coaching.unused", unused.size(), String.join(", ", unused)), false));
        List<String> notVoted = run.placements().stream().filter(p -> p.kind() == PlacementKind.NOT_VOTED)
                .map(RunPlacement::participantName).toList();
        if (!notVoted.isEmpty()) {
            blocks.add(new Block.Paragraph(t.t("minutes.coaching.notVoted", notVoted.size(), String.join(", ", notVoted)),
                    false));
        }
        if (people != run.placements().size()) {
            blocks.add(new Block.Paragraph(t.t("minutes.coaching.rosterChanged", run.placements().size(), people), true));
        }
        blocks.add(received(t, run));
    }

    /** Ranks received as counts, as the wall's chart showed them: nobody's own rank. */
    private static Block received(MinutesTexts t, AssignmentRun run) {
        List<DistributionRow> rows = new ArrayList<>();
        List<Integer> byRank = run.byRank();
        for (int rank = 1; rank <= byRank.size(); rank++) {
            rows.add(new DistributionRow(t.t("minutes.coaching.choice", rank), List.of(byRank.get(rank - 1))));
        }
        if (run.unranked() > 0) {
            rows.add(new DistributionRow(t.t("minutes.coaching.unranked"), List.of(run.unranked())));
        }
        if (run.notVoted() > 0) {
            rows.add(new DistributionRow(t.t("minutes.coaching.didNotVote"), List.of(run.notVoted())));
        }
        return new Block.Distribution(t.t("minutes.coaching.received"), List.of(t.t("minutes.coaching.people")), rows,
                List.of());
    }

    private static void runs(MinutesTexts t, Coaching c, List<Block> blocks) {
        blocks.add(new Block.Heading(t.t("minutes.coaching.runs"), 1));
        List<List<String>> rows = new ArrayList<>();
        for (AssignmentRun run : c.runs()) {
            rows.add(List.of(t.time(run.at()), t.t("minutes.coaching.policyName." + policyKey(run)), String.valueOf(run.seed()), String.valueOf(run.pins().size()),
                    profile(t, run)));
        }
        blocks.add(new Block.Table(List.of(new Block.Column(t.t("minutes.coaching.at"), false),
                new Block.Column(t.t("minutes.coaching.policy"), false),
                new Block.Column(t.t("minutes.coaching.seed"), true),
                new Block.Column(t.t("minutes.coaching.pins"), true),
                new Block.Column(t.t("minutes.coaching.profile"), false)), rows));
    }

    /** "1st: 16 · 2nd: 7 · not ranked: 1 · did not vote: 2": counts only. */
    private static String profile(MinutesTexts t, AssignmentRun run) {
        List<String> parts = new ArrayList<>();
        List<Integer> byRank = run.byRank();
        for (int rank = 1; rank <= byRank.size(); rank++) {
            if (byRank.get(rank - 1) > 0) {
                parts.add(t.t("minutes.coaching.profileRank", rank, byRank.get(rank - 1)));
            }
        }
        if (run.unranked() > 0) {
            parts.add(t.t("minutes.coaching.profileUnranked", run.unranked()));
        }
        if (run.notVoted() > 0) {
            parts.add(t.t("minutes.coaching.profileNotVoted", run.notVoted()));
        }
        return String.join(" · ", parts);
    }

    /** The policy with what it means, for the latest run's facts. */
    private static String policy(MinutesTexts t, AssignmentRun run) {
        return t.t("minutes.coaching.policy." + policyKey(run));
    }

    private static String policyKey(AssignmentRun run) {
        return run.policy().name().toLowerCase(Locale.ROOT);
    }
}
