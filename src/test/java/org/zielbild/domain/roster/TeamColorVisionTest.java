package org.zielbild.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Team colours stay apart for the common colour-vision deficiencies (issue 15, decision 0103): every
 * pair is simulated with the Machado, Oliveira and Fernandes (2009) matrices at full severity and
 * compared with CIEDE2000.
 */
class TeamColorVisionTest {

    /** The least distance between two team colours, for every kind of vision. */
    static final double MIN_DELTA_E = 15;

    private static final double[][] PROTAN = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
        {-0.003882, -0.048116, 1.051998}};
    private static final double[][] DEUTAN = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}};
    private static final double[][] TRITAN = {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
        {0.004733, 0.691367, 0.303900}};

    @Test
    void everyPairOfTeamColoursStaysApartForNormalVisionAndTheThreeDeficiencies() {
        List<String> close = new ArrayList<>();
        for (double[][] vision : new double[][][] {null, PROTAN, DEUTAN, TRITAN}) {
            TeamColor[] all = TeamColor.values();
            for (int i = 0; i < all.length; i++) {
                for (int j = i + 1; j < all.length; j++) {
                    double d = CieDe2000.delta(lab(simulate(all[i].hex(), vision)), lab(simulate(all[j].hex(), vision)));
                    if (d < MIN_DELTA_E) {
                        close.add(name(vision) + " " + all[i] + "/" + all[j] + " " + Math.round(d * 10) / 10.0);
                    }
                }
            }
        }
        assertThat(close).isEmpty();
    }

    @Test
    void theCheckWouldHaveCaughtTheOldPalette() {
        // Okabe-Ito's reddish purple and grey under deuteranopia: the pair the wall's room could not tell apart.
        double d = CieDe2000.delta(lab(simulate("#CC79A7", DEUTAN)), lab(simulate("#999999", DEUTAN)));
        assertThat(d).isLessThan(MIN_DELTA_E);
        // A known CIEDE2000 value (Sharma, Wu and Dalal 2005, pair 1).
        assertThat(CieDe2000.delta(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
                .isCloseTo(2.0425, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void storedNamesStayReadable() {
        // Sessions store the constant's name: renaming one would make old sessions unreadable.
        assertThat(TeamColor.valueOf("YELLOW")).isNotNull();
        assertThat(List.of(TeamColor.values()).stream().map(Enum::name).toList()).containsExactly("ORANGE", "SKY_BLUE",
                "BLUISH_GREEN", "YELLOW", "BLUE", "VERMILLION", "REDDISH_PURPLE", "GREY");
    }

    private static String name(double[][] vision) {
        return vision == null ? "normal" : vision == PROTAN ? "protan" : vision == DEUTAN ? "deutan" : "tritan";
    }

    private static double[] simulate(String hex, double[][] m) {
        double[] c = {Integer.parseInt(hex.substring(1, 3), 16) / 255.0, Integer.parseInt(hex.substring(3, 5), 16) / 255.0,
            Integer.parseInt(hex.substring(5, 7), 16) / 255.0};
        if (m == null) {
            return c;
        }
        double[] l = {lin(c[0]), lin(c[1]), lin(c[2])};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            out[i] = delin(m[i][0] * l[0] + m[i][1] * l[1] + m[i][2] * l[2]);
        }
        return out;
    }

    private static double lin(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double delin(double v) {
        v = Math.max(0, Math.min(1, v));
        return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    }

    /** sRGB (0..1) to CIELAB (D65). */
    private static double[] lab(double[] c) {
        double r = lin(c[0]);
        double g = lin(c[1]);
        double b = lin(c[2]);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
