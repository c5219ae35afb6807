package org.zielbild.domain.target;

/**
 * The answers to one question of one rated item.
 *
 * @param abstain everyone present who said neither yes nor no (abstained or did not vote)
 */
public record Tally(int yes, int no, int abstain) {

    public int cast() {
        return yes + no;
    }

    public int present() {
        return yes + no + abstain;
    }
}
