package org.zielbild.domain.target;

/** One person's answer to one question of a rating: yes, no, or abstain. */
public enum Answer {
    YES,
    NO,
    ABSTAIN
}
