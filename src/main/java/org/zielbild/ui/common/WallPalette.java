package org.zielbild.ui.common;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The wall's colours per theme: light (bright rooms) and dark (dim rooms). The projector sets them
 * as looked-up colours on its root ({@link #style()}), both as our own {@code -zb-*} names and as
 * the AtlantaFX names, so every projection that styles itself with them follows the theme without
 * doing anything else (docs/decisions/0031, 0100). What draws on a canvas, where CSS cannot reach,
 * asks {@link #forBackground(Paint)} with its region's CSS background ({@code -zb-bg}).
 *
 * <p>Every text colour reaches WCAG AA (4.5:1) on the backgrounds it is used on (a test checks).
 */
public enum WallPalette {
    LIGHT("#ffffff", "#f3f5f8", "#1f2328", "#555e68", "#0550ae", "#d0d7de",
            "#7d4e00", "#fff1c2", "#b3202b", "#ffe6e4"),
    DARK("#0d1117", "#1a2029", "#eef2f6", "#a3adb8", "#6cb6ff", "#3d444d",
            "#e3b341", "#3a2c0a", "#ff7b72", "#3d1518");

    private final String bg;
    private final String surface;
    private final String fg;
    private final String muted;
    private final String accent;
    private final String border;
    private final String warning;
    private final String warningBg;
    private final String danger;
    private final String dangerBg;

    WallPalette(String bg, String surface, String fg, String muted, String accent, String border, String warning,
                String warningBg, String danger, String dangerBg) {
        this.bg = bg;
        this.surface = surface;
        this.fg = fg;
        this.muted = muted;
        this.accent = accent;
        this.border = border;
        this.warning = warning;
        this.warningBg = warningBg;
        this.danger = danger;
        this.dangerBg = dangerBg;
    }

    /** The looked-up colours for the projector's root node. */
    public String style() {
        return String.join(" ",
                "-zb-bg: " + bg + ";", "-zb-surface: " + surface + ";", "-zb-fg: " + fg + ";",
                "-zb-muted: " + muted + ";", "-zb-accent: " + accent + ";", "-zb-border: " + border + ";",
                "-zb-warning: " + warning + ";", "-zb-warning-bg: " + warningBg + ";",
                "-zb-danger: " + danger + ";", "-zb-danger-bg: " + dangerBg + ";",
                "-color-bg-default: " + bg + ";", "-color-bg-subtle: " + surface + ";",
                "-color-fg-default: " + fg + ";", "-color-fg-muted: " + muted + ";",
                "-color-accent-fg: " + accent + ";", "-color-border-default: " + border + ";",
                "-color-border-muted: " + border + ";", "-color-warning-fg: " + warning + ";",
                "-color-danger-fg: " + danger + ";");
    }

    /**
     * The palette a region is drawn in, from the background CSS gave it ({@code -fx-background-color:
     * -zb-bg}): dark for a dark background. A canvas on the wall listens to its background and
     * redraws with this.
     */
    public static WallPalette forBackground(Paint background) {
        return background instanceof Color c && luminance(c) < 0.18 ? DARK : LIGHT;
    }

    public Color background() {
        return Color.web(bg);
    }

    public Color surface() {
        return Color.web(surface);
    }

    public Color foreground() {
        return Color.web(fg);
    }

    public Color muted() {
        return Color.web(muted);
    }

    public Color accent() {
        return Color.web(accent);
    }

    public Color border() {
        return Color.web(border);
    }

    /** Text colour / background pairs the projector uses; each must reach 4.5:1. */
    public String[][] textPairs() {
        return new String[][] {
            {fg, bg}, {muted, bg}, {accent, bg}, {warning, bg}, {danger, bg},
            {fg, surface}, {muted, surface}, {accent, surface},
            {warning, warningBg}, {fg, warningBg}, {danger, dangerBg}, {fg, dangerBg},
        };
    }

    /** WCAG 2 contrast ratio of two colours (1 to 21). */
    public static double contrast(String a, String b) {
        return contrast(Color.web(a), Color.web(b));
    }

    /** WCAG 2 contrast ratio of two colours (1 to 21); an opaque result of blending is expected. */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance (0 black to 1 white). */
    public static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
