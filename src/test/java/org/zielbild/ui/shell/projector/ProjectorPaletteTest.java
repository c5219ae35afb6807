package org.zielbild.ui.shell.projector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProjectorPaletteTest {

    @Test
    void everyTextColourMeetsWcagAaOnItsBackgroundInBothThemes() {
        for (ProjectorPalette palette : ProjectorPalette.values()) {
            for (String[] pair : palette.textPairs()) {
                assertThat(ProjectorPalette.contrast(pair[0], pair[1]))
                        .as("%s: %s on %s", palette, pair[0], pair[1]).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void theContrastFormulaMatchesKnownValues() {
        assertThat(ProjectorPalette.contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ProjectorPalette.contrast("#777777", "#ffffff")).isEqualTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }
}
