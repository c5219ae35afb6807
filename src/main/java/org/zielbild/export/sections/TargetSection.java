package org.zielbild.export.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.domain.target.SourceLink;
import org.zielbild.domain.target.SourceLinks;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetPicture;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.domain.target.UnmetReason;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.Fact;
import org.zielbild.export.model.Image;
import org.zielbild.export.model.MinutesPart;

/**
 * The shared target picture: where the picture as a whole stands, the statements in poster order
 * with their horizon, sources and standing, every rating round with its counts and gate, the reasons
 * recorded for ending with the gate unmet, and the poster the app drew. Counts come from the
 * slice's own result functions ({@link TargetResults}), as on the wall. Only counts: no ballot and no
 * name of any round (a named round's names stay in the session); a round the room never saw
 * appears with its number of answers only (0042, 0140).
 */
final class TargetSection implements MinutesSection {

    static final String KEY = "target";

    @Override
    public List<PlacedPart> parts(MinutesContext context) {
        TargetPicture picture = context.session().target();
        if (picture.isEmpty()) {
            return List.of();
        }
        MinutesTexts t = context.texts();
        String stageId = TargetResults.stageOf(context.session()).orElse(""); // "": at the end
        TargetTexts words = new TargetTexts(t, picture);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Facts(wholePicture(words, picture)));
        if (!picture.statements().isEmpty()) {
            blocks.add(new Block.Heading(t.t("minutes.target.statements"), 1));
            blocks.add(new Block.Items(picture.statements().stream().map(s -> statement(words, context, picture, s)).toList()));
        }
        if (!picture.rounds().isEmpty()) {
            blocks.add(new Block.Heading(t.t("minutes.target.rounds"), 1));
            for (int i = 0; i < picture.rounds().size(); i++) {
                blocks.addAll(round(words, picture.rounds().get(i), i + 1));
            }
        }
        List<UnmetReason> reasons = picture.unmetReasons();
        if (!reasons.isEmpty()) {
            blocks.add(new Block.Heading(t.t("minutes.target.unmet"), 1));
            blocks.add(new Block.Items(reasons.stream().map(r -> new Block.Item(r.reason(), unmetMeta(words, picture, r)))
                    .toList()));
        }
        context.image(Image.posterKey(stageId)).ifPresent(img -> blocks.add(new Block.Picture(img)));
        String title = context.session().agenda().find(stageId).map(Stage::title)
                .orElse(t.t("minutes.target.title"));
        return List.of(PlacedPart.atStage(stageId, new MinutesPart(KEY, title, blocks)));
    }

    @Override
    public List<DataTable> tables(MinutesContext context, TableOptions options) {
        return TargetTables.of(context.session().target(), new TargetTexts(context.texts(), context.session().target()));
    }

    private static List<Fact> wholePicture(TargetTexts w, TargetPicture picture) {
        MinutesTexts t = w.texts();
        Optional<ItemResult> latest = TargetResults.latest(picture, null);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.t("minutes.target.whole"), w.standing(TargetResults.standing(picture, null))));
        latest.ifPresent(r -> {
            facts.add(new Fact(t.t("minutes.target.counted"), w.counting(r.round(), w.roundNumber(r.round()))));
            facts.add(new Fact(t.t("minutes.target.benefit"), w.criterion(r.benefit())));
            facts.add(new Fact(t.t("minutes.target.attractive"), w.criterion(r.attractive())));
        });
        long carried = picture.statements().stream().filter(s -> TargetResults.carries(picture, s.id())).count();
        facts.add(new Fact(t.t("minutes.target.statementsCarry"),
                t.t("minutes.target.carriedOf", carried, picture.statements().size())));
        return facts;
    }

    private static Block.Item statement(TargetTexts w, MinutesContext context, TargetPicture picture, Statement s) {
        MinutesTexts t = w.texts();
        List<String> meta = new ArrayList<>();
        meta.add(w.ref(s.id()));
        if (!s.horizon().isBlank()) {
            meta.add(s.horizon());
        }
        meta.add(w.standing(TargetResults.standing(picture, s.id())));
        if (s.rework()) {
            meta.add(t.t("minutes.target.rework"));
        }
        List<Block.Item> children = new ArrayList<>();
        for (SourceLink link : s.sources()) {
            boolean gone = !SourceLinks.exists(link, context.session().boards());
            String kind = t.t("minutes.target.source." + link.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + (gone ? ".removed" : ""));
            String dots = link.dots() == null ? "" : t.t("minutes.board.dots", link.dots());
            children.add(new Block.Item(link.text(), String.join(" · ",
                    List.of(kind, link.boardTitle(), dots).stream().filter(x -> !x.isBlank()).toList())));
        }
        if (s.picture() != null) {
            children.add(new Block.Item(s.picture().fileName(), t.t("minutes.target.pictureFile")));
        }
        return new Block.Item(s.text(), String.join(" · ", meta), children);
    }

    private static List<Block> round(TargetTexts w, RatingRound round, int number) {
        MinutesTexts t = w.texts();
        List<Block> blocks = new ArrayList<>();
        String mode = t.t("minutes.target.mode." + w.mode(round));
        blocks.add(new Block.Heading(round.startedAt() == null ? t.t("minutes.target.roundUntimed", number, mode)
                : t.t("minutes.target.round", number, t.time(round.startedAt()), mode), 2));
        if (!round.revealed()) {
            boolean hands = round.mode() == org.zielbild.domain.target.RatingMode.SHOW_OF_HANDS;
            blocks.add(new Block.Paragraph(hands ? t.t("minutes.target.notShown.hands", round.answered(), round.items().size())
                    : t.t("minutes.target.notShown.ballots", round.answered(), round.present()), true));
            return blocks;
        }
        blocks.add(new Block.Paragraph(t.t("minutes.target.countedAs", w.counting(round, 0)), false));
        List<List<String>> rows = new ArrayList<>();
        for (ItemResult r : org.zielbild.domain.target.RoundResults.of(round)) {
            RoundItem item = r.item();
            rows.add(List.of(item.isWholePicture() ? t.t("minutes.target.wholeShort") : w.ref(item.statementId()),
                    item.isWholePicture() ? t.t("minutes.target.wholeWording") : item.wording(),
                    w.criterion(r.benefit()), w.criterion(r.attractive()), w.verdict(r)));
        }
        blocks.add(new Block.Table(List.of(new Block.Column(t.t("minutes.target.col.ref"), false),
                new Block.Column(t.t("minutes.target.col.wording"), false),
                new Block.Column(t.t("minutes.target.benefit"), false),
                new Block.Column(t.t("minutes.target.attractive"), false),
                new Block.Column(t.t("minutes.target.col.result"), false)), rows));
        return blocks;
    }

    private static String unmetMeta(TargetTexts w, TargetPicture picture, UnmetReason r) {
        MinutesTexts t = w.texts();
        String when = t.time(r.at());
        return r.roundId() == null || picture.round(r.roundId()).isEmpty() ? when
                : t.t("minutes.target.unmetAfter", when, w.roundNumber(picture.requireRound(r.roundId())));
    }
}
