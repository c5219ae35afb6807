package org.zielbild.domain.target;

/** The majority gate as a pure function of the answers, the counting base and the threshold. */
public final class Gate {

    private Gate() {
    }

    /** The gate for one item; each tally's {@code present()} is the number present for the round. */
    public static GateResult evaluate(Tally benefit, Tally attractive, CountingBase basis, Threshold threshold) {
        return new GateResult(basis, threshold, criterion(benefit, basis, threshold),
                criterion(attractive, basis, threshold));
    }

    /** One question: its base, the yes votes it needs, and whether they are there. */
    public static Criterion criterion(Tally tally, CountingBase basis, Threshold threshold) {
        int base = basis == CountingBase.PRESENT ? tally.present() : tally.cast();
        return new Criterion(tally, base, threshold.needed(base), threshold.reached(tally.yes(), base));
    }
}
