package org.zielbild.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WallPaletteTest {

    @Test
    void everyTextColourMeetsWcagAaOnItsBackgroundInBothThemes() {
        for (WallPalette palette : WallPalette.values()) {
            for (String[] pair : palette.textPairs()) {
                assertThat(WallPalette.contrast(pair[0], pair[1]))
                        .as("%s: %s on %s", palette, pair[0], pair[1]).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void theContrastFormulaMatchesKnownValues() {
        assertThat(WallPalette.contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(WallPalette.contrast("#777777", "#ffffff")).isEqualTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }
}
