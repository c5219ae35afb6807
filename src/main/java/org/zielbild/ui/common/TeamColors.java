package org.zielbild.ui.common;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.zielbild.domain.roster.TeamColor;

/** Team colours as JavaFX paints and small swatches. */
public final class TeamColors {

    private TeamColors() {
    }

    public static Color fx(TeamColor color) {
        return Color.web(color.hex());
    }

    /** A rounded square in the colour; an empty outline for null (no team: never a team's colour). */
    public static Rectangle swatch(TeamColor color, double size) {
        Rectangle r = new Rectangle(size, size, color == null ? Color.TRANSPARENT : fx(color));
        r.setArcWidth(size / 3);
        r.setArcHeight(size / 3);
        r.setStroke(Color.gray(0.4));
        return r;
    }
}
