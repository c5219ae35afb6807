package org.zielbild.domain.roster;

/**
 * Team colours from the Okabe-Ito palette, distinguishable with the common colour-vision
 * deficiencies. A team always shows its name as well; colour is never the only cue.
 */
public enum TeamColor {
    ORANGE("#E69F00"),
    SKY_BLUE("#56B4E9"),
    BLUISH_GREEN("#009E73"),
    YELLOW("#F0E442"),
    BLUE("#0072B2"),
    VERMILLION("#D55E00"),
    REDDISH_PURPLE("#CC79A7"),
    GREY("#999999");

    private final String hex;

    TeamColor(String hex) {
        this.hex = hex;
    }

    public String hex() {
        return hex;
    }

    /** The i18n key of the colour's name. */
    public String nameKey() {
        return "color." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A colour for the n-th team, cycling through the palette. */
    public static TeamColor forIndex(int n) {
        TeamColor[] all = values();
        return all[Math.floorMod(n, all.length)];
    }
}
