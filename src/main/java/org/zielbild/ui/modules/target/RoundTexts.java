package org.zielbild.ui.modules.target;

import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.Criterion;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.Threshold;
import org.zielbild.ui.common.I18n;

/** Rounds and results in words, the same on the laptop and (in the room's language) on the wall. */
final class RoundTexts {

    private RoundTexts() {
    }

    /** "Benefit 7 of 10 yes, attractive 4 of 10 yes". */
    static String counts(I18n i18n, ItemResult r) {
        return i18n.t("target.result.counts", r.benefit().tally().yes(), r.benefit().base(),
                r.attractive().tally().yes(), r.attractive().base());
    }

    /** How a round counts: "more than half of those present (10)", "at least two thirds of the votes cast". */
    static String rule(I18n i18n, CountingBase base, Threshold threshold, int present) {
        return i18n.t("target.rule." + (base == CountingBase.PRESENT ? "present" : "cast") + "."
                + threshold.name().toLowerCase(java.util.Locale.ROOT), present);
    }

    static String rule(I18n i18n, RatingRound r) {
        return rule(i18n, r.base(), r.threshold(), r.present());
    }

    static String mode(I18n i18n, RatingMode mode) {
        return i18n.t("target.mode." + (mode == RatingMode.SHOW_OF_HANDS ? "hands" : "ballots"));
    }

    /** What the gate needs with the base known now (present): "6 yes for each question". */
    static String needed(I18n i18n, CountingBase base, Threshold threshold, int present) {
        return base == CountingBase.PRESENT ? i18n.t("target.rule.needed", threshold.needed(present))
                : i18n.t("target.rule.neededCast");
    }

    /** One criterion: "7 yes · 2 no · 1 abstain". */
    static String tally(I18n i18n, Criterion c) {
        return i18n.t("target.result.tally", c.tally().yes(), c.tally().no(), c.tally().abstain());
    }
}
