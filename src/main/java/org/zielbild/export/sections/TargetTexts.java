package org.zielbild.export.sections;

import java.util.Locale;
import org.zielbild.domain.target.Criterion;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.Standing;
import org.zielbild.domain.target.TargetPicture;

/**
 * How the minutes word the target picture's results: statement references ("S2" in poster order),
 * standings, a question's counts with what was needed, a round's counting rule, a verdict with its
 * margin. Shared by the part and the CSV tables so both say the same.
 */
record TargetTexts(MinutesTexts texts, TargetPicture picture) {

    /** "S3": the statement's place on the poster; a statement removed since keeps "S–". */
    String ref(String statementId) {
        int i = picture.indexOfStatement(statementId);
        return i < 0 ? texts.t("minutes.target.refRemoved") : "S" + (i + 1);
    }

    int roundNumber(RatingRound round) {
        return picture.indexOfRound(round.id()) + 1;
    }

    String standing(Standing s) {
        return texts.t("minutes.target.standing." + s.name().toLowerCase(Locale.ROOT));
    }

    String mode(RatingRound round) {
        return round.mode() == RatingMode.SHOW_OF_HANDS ? "hands" : round.anonymous() ? "anonymous" : "named";
    }

    /** "15 yes, 4 no, 4 abstained (12 needed)". */
    String criterion(Criterion c) {
        return texts.t("minutes.target.criterion", c.tally().yes(), c.tally().no(), c.tally().abstain(), c.needed());
    }

    /**
     * "simple majority (more than half) of the 23 present" and, with {@code number} &gt; 0, the round
     * it comes from ("round 2, by private ballot").
     */
    String counting(RatingRound round, int number) {
        String rule = texts.t("minutes.target.threshold." + round.threshold().name().toLowerCase(Locale.ROOT));
        String base = texts.t("minutes.target.base." + round.base().name().toLowerCase(Locale.ROOT), round.present());
        String counted = texts.t("minutes.target.rule", rule, base);
        return number <= 0 ? counted
                : texts.t("minutes.target.ruleOfRound", counted, number, texts.t("minutes.target.mode." + mode(round)));
    }

    /** "carries" or "needs rework: 2 more yes for “attractive”", with a note when the room is split. */
    String verdict(ItemResult r) {
        StringBuilder out = new StringBuilder();
        if (r.carries()) {
            out.append(texts.t("minutes.target.standing.carries"));
        } else {
            out.append(texts.t("minutes.target.standing.needs_rework"));
            if (r.benefit().missing() > 0) {
                out.append("; ").append(texts.t("minutes.target.missing", r.benefit().missing(),
                        texts.t("minutes.target.benefit")));
            }
            if (r.attractive().missing() > 0) {
                out.append("; ").append(texts.t("minutes.target.missing", r.attractive().missing(),
                        texts.t("minutes.target.attractive")));
            }
        }
        if (r.dissent()) {
            out.append("; ").append(texts.t(r.diverges() ? "minutes.target.diverge" : "minutes.target.minority"));
        }
        return out.toString();
    }
}
