package org.zielbild.domain.target;

/**
 * The majority gate for one rated item: it carries when the yes votes for "I see a benefit" and
 * for "I find it attractive" each reach the threshold of the counting base.
 */
public record GateResult(CountingBase basis, Threshold threshold, Criterion benefit, Criterion attractive) {

    public boolean carries() {
        return benefit.met() && attractive.met();
    }
}
