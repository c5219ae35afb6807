package org.zielbild.domain.target;

/** What the yes votes are counted against; shown before a round starts and stored with it. */
public enum CountingBase {
    /** Everyone present (confirmed when the round starts): not voting counts like abstaining. */
    PRESENT,
    /** The votes cast, yes plus no: abstentions do not count. */
    CAST
}
