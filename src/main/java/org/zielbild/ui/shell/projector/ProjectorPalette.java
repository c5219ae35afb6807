package org.zielbild.ui.shell.projector;

import javafx.scene.paint.Color;
import org.zielbild.config.ProjectorTheme;

/**
 * The projector's colours per theme. Every text colour reaches WCAG AA (4.5:1) on the backgrounds
 * it is used on (a test checks). They are set as looked-up colours on the projector's root, both as
 * our own {@code -zb-*} names and as the AtlantaFX names modules already use, so a module's
 * projection styled with AtlantaFX classes gets readable colours on the wall too.
 */
public enum ProjectorPalette {
    LIGHT("#ffffff", "#f3f5f8", "#1f2328", "#555e68", "#0550ae", "#7d4e00", "#fff1c2", "#b3202b", "#ffe6e4"),
    DARK("#0d1117", "#1a2029", "#eef2f6", "#a3adb8", "#6cb6ff", "#e3b341", "#3a2c0a", "#ff7b72", "#3d1518");

    private final String bg;
    private final String surface;
    private final String fg;
    private final String muted;
    private final String accent;
    private final String warning;
    private final String warningBg;
    private final String danger;
    private final String dangerBg;

    ProjectorPalette(String bg, String surface, String fg, String muted, String accent, String warning,
                     String warningBg, String danger, String dangerBg) {
        this.bg = bg;
        this.surface = surface;
        this.fg = fg;
        this.muted = muted;
        this.accent = accent;
        this.warning = warning;
        this.warningBg = warningBg;
        this.danger = danger;
        this.dangerBg = dangerBg;
    }

    public static ProjectorPalette of(ProjectorTheme theme) {
        return theme == ProjectorTheme.DARK ? DARK : LIGHT;
    }

    /** The looked-up colours for the projector's root node. */
    public String style() {
        return String.join(" ",
                "-zb-bg: " + bg + ";", "-zb-surface: " + surface + ";", "-zb-fg: " + fg + ";",
                "-zb-muted: " + muted + ";", "-zb-accent: " + accent + ";", "-zb-warning: " + warning + ";",
                "-zb-warning-bg: " + warningBg + ";", "-zb-danger: " + danger + ";", "-zb-danger-bg: " + dangerBg + ";",
                "-color-bg-default: " + bg + ";", "-color-bg-subtle: " + surface + ";",
                "-color-fg-default: " + fg + ";", "-color-fg-muted: " + muted + ";",
                "-color-accent-fg: " + accent + ";", "-color-warning-fg: " + warning + ";",
                "-color-danger-fg: " + danger + ";");
    }

    public Color background() {
        return Color.web(bg);
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
        double la = luminance(Color.web(a));
        double lb = luminance(Color.web(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
