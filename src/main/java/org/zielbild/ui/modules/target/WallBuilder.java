package org.zielbild.ui.modules.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.domain.target.RoundResults;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetPicture;

/**
 * Decides what the wall shows: a running round's progress while one is open (never an answer); a
 * revealed round's results when the facilitator shows them; otherwise the poster.
 */
final class WallBuilder {

    private WallBuilder() {
    }

    static TargetWall wall(TargetPicture p, boolean showResults, int focus, Function<Statement, String> pictureUrl) {
        List<TargetWall.Card> cards = cards(p, pictureUrl);
        Optional<RatingRound> open = p.openRound();
        if (open.isPresent()) {
            RatingRound r = open.get();
            List<String> wordings = r.items().stream().map(RoundItem::wording).toList();
            int f = focus >= 0 && focus < wordings.size() ? focus : -1;
            return new TargetWall(TargetWall.State.ROUND, cards, new TargetWall.Progress(r.mode(), r.base(), r.threshold(),
                    r.present(), wordings, f, r.answered()), List.of());
        }
        Optional<RatingRound> latest = p.latestRound().filter(RatingRound::revealed);
        if (showResults && latest.isPresent()) {
            List<TargetWall.Result> results = new ArrayList<>();
            for (ItemResult r : RoundResults.of(latest.get())) {
                results.add(new TargetWall.Result(r.item().wording(), r.item().isWholePicture(), r.benefit(),
                        r.attractive(), r.carries(), r.round().base(), r.round().threshold()));
            }
            return new TargetWall(TargetWall.State.RESULTS, cards, null, results);
        }
        return new TargetWall(TargetWall.State.POSTER, cards, null, List.of());
    }

    /** The poster whatever runs (for the minutes' picture). */
    static TargetWall poster(TargetPicture p, Function<Statement, String> pictureUrl) {
        return new TargetWall(TargetWall.State.POSTER, cards(p, pictureUrl), null, List.of());
    }

    private static List<TargetWall.Card> cards(TargetPicture p, Function<Statement, String> pictureUrl) {
        List<TargetWall.Card> cards = new ArrayList<>();
        for (Statement s : p.statements()) {
            cards.add(new TargetWall.Card(s.id(), s.text(), s.horizon(), s.color(), pictureUrl.apply(s)));
        }
        return cards;
    }
}
