package org.zielbild.domain.roster;

/**
 * Team colours, distinguishable with the common colour-vision deficiencies: started from the
 * Okabe-Ito palette and moved (each within its hue, so its name still says it) until every pair
 * stays at least 16 CIEDE2000 apart for normal vision and under Machado et al. (2009) protanopia,
 * deuteranopia and tritanopia (decision 0103; Okabe-Ito itself: 6.2 for purple and grey under
 * deuteranopia). A team always shows its name as well; colour is never the only cue. Sessions store
 * the constant's name, so the names stay as they are.
 */
public enum TeamColor {
    ORANGE("#E99B0A"),
    SKY_BLUE("#67BFEB"),
    BLUISH_GREEN("#03885C"),
    YELLOW("#FFFF01"),
    BLUE("#004B8F"),
    VERMILLION("#B64109"),
    REDDISH_PURPLE("#B06996"),
    GREY("#B7B7B7");

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
