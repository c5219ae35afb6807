package org.zielbild.domain.day;

/** Which clock a timer press is for: the live stage's or the free timer. */
public enum TimerTarget {
    STAGE,
    FREE
}
