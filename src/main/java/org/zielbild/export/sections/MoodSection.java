package org.zielbild.export.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.mood.MoodStats;
import org.zielbild.domain.mood.Moods;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.DistributionRow;
import org.zielbild.export.model.MinutesPart;

/**
 * Check-in against check-out, as the wall compared them: the latest round of each kind, its
 * distribution, mean and most common words from {@link MoodStats}, and the sentences people left
 * for the minutes. Nothing here can tell who gave which mood: the part holds counts, words and
 * sentences only, whether the round was anonymous or not. A round whose results the room never
 * saw appears with its number of entries only (docs/decisions/0140).
 */
final class MoodSection implements MinutesSection {

    static final String KEY = "moods";
    private static final int WORDS = 5;

    private record Shown(MoodRound round, String name, MoodStats stats) {
    }

    @Override
    public List<PlacedPart> parts(MinutesContext context) {
        Moods moods = context.session().moods();
        MinutesTexts t = context.texts();
        List<MoodRound> rounds = new ArrayList<>();
        latest(moods, MoodKind.CHECK_IN).ifPresent(rounds::add);
        latest(moods, MoodKind.CHECK_OUT).ifPresent(rounds::add);
        if (rounds.isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        List<Shown> shown = new ArrayList<>();
        for (MoodRound r : rounds) {
            String name = name(t, r.kind());
            if (r.revealed()) {
                shown.add(new Shown(r, name, MoodStats.of(r)));
            } else {
                blocks.add(new Block.Paragraph(t.t("minutes.mood.notShown", name, r.entries().size()), true));
            }
        }
        if (!shown.isEmpty()) {
            blocks.add(0, distribution(t, shown));
            for (Shown s : shown) {
                blocks.addAll(words(t, s));
            }
        }
        String title = rounds.size() == 2 ? t.t("minutes.mood.titleBoth") : name(t, rounds.get(0).kind());
        return List.of(PlacedPart.atStage(rounds.get(0).stageId(), new MinutesPart(KEY, title, blocks)));
    }

    @Override
    public List<DataTable> tables(MinutesContext context, TableOptions options) {
        MinutesTexts t = context.texts();
        List<List<String>> rows = new ArrayList<>();
        for (MoodRound r : context.session().moods().rounds()) {
            MoodStats s = MoodStats.of(r);
            List<String> row = new ArrayList<>(List.of(r.kind() == MoodKind.CHECK_IN ? "check-in" : "check-out",
                    context.stageTitle(r.stageId()), r.anonymous() ? "yes" : "no", r.revealed() ? "yes" : "no",
                    String.valueOf(r.entries().size())));
            // What the room never saw stays out of the table too: only the number of entries.
            row.add(r.revealed() && s.total() > 0 ? String.format(java.util.Locale.ROOT, "%.2f", s.mean()) : "");
            for (int score = MoodEntry.MIN_SCORE; score <= MoodEntry.MAX_SCORE; score++) {
                row.add(r.revealed() ? String.valueOf(s.counts()[score - 1]) : "");
            }
            row.add(r.revealed() ? s.top(WORDS).stream().map(w -> word(t, w) + " (" + w.count() + ")")
                    .collect(Collectors.joining("; ")) : "");
            rows.add(row);
        }
        return List.of(new DataTable("moods", List.of("round", "stage", "anonymous", "results_shown", "entries", "mean",
                "score_1", "score_2", "score_3", "score_4", "score_5", "top_words"), rows));
    }

    private static Optional<MoodRound> latest(Moods moods, MoodKind kind) {
        return moods.latest(kind).filter(r -> !r.entries().isEmpty());
    }

    private static Block distribution(MinutesTexts t, List<Shown> shown) {
        List<DistributionRow> rows = new ArrayList<>();
        for (int score = MoodEntry.MAX_SCORE; score >= MoodEntry.MIN_SCORE; score--) {
            int i = score - 1;
            rows.add(new DistributionRow(t.t("minutes.mood.score", score, t.t("mood.score." + score)),
                    shown.stream().map(s -> s.stats().counts()[i]).toList()));
        }
        List<DistributionRow.Summary> summary = List.of(
                new DistributionRow.Summary(t.t("minutes.mood.entries"),
                        shown.stream().map(s -> String.valueOf(s.stats().total())).toList()),
                new DistributionRow.Summary(t.t("minutes.mood.mean"),
                        shown.stream().map(s -> t.decimal(s.stats().mean())).toList()));
        return new Block.Distribution(t.t("minutes.mood.scoreTitle"), shown.stream().map(Shown::name).toList(), rows,
                summary);
    }

    private static List<Block> words(MinutesTexts t, Shown s) {
        List<Block> blocks = new ArrayList<>();
        List<MoodStats.Word> top = s.stats().top(WORDS);
        if (!top.isEmpty()) {
            blocks.add(new Block.Paragraph(t.t("minutes.mood.words", s.name(),
                    top.stream().map(w -> t.t("minutes.mood.word", word(t, w), w.count())).collect(Collectors.joining(", "))),
                    false));
        }
        // Sentences alphabetically: the order tells nothing about who wrote them or when.
        List<String> sentences = s.round().entries().stream().map(MoodEntry::sentence).filter(x -> !x.isBlank())
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (!sentences.isEmpty()) {
            blocks.add(new Block.Paragraph(t.t("minutes.mood.sentences", s.name()), false));
            blocks.add(new Block.Items(sentences.stream().map(x -> new Block.Item(x, "")).toList()));
        }
        return blocks;
    }

    private static String word(MinutesTexts t, MoodStats.Word w) {
        return w.emotion() != null ? t.emotion(w.emotion()) : w.text();
    }

    private static String name(MinutesTexts t, MoodKind kind) {
        return t.t(kind == MoodKind.CHECK_IN ? "mood.checkIn" : "mood.checkOut");
    }
}
