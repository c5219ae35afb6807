package org.zielbild.ui.modules.target;

import javafx.scene.layout.Region;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.I18n;

/** A statement's colour as a small square and as a name: colour never stands alone. */
final class Swatches {

    private Swatches() {
    }

    static Region of(TeamColor color, double size) {
        Region r = new Region();
        r.setMinSize(size, size);
        r.setPrefSize(size, size);
        r.setMaxSize(size, size);
        r.getStyleClass().add("statement-swatch");
        r.setStyle("-fx-background-color: " + (color == null ? "-color-bg-subtle" : color.hex()) + ";");
        return r;
    }

    static String name(I18n i18n, TeamColor color) {
        return color == null ? i18n.t("target.color.none") : i18n.t(color.nameKey());
    }
}
