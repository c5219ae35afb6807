package org.zielbild.ui.kit.board;

/** How a board is drawn. Laptop: dense, authors shown. Projection: larger minimum type, no authors, stronger tints. */
enum RenderStyle {
    LAPTOP(14, 0.72, true, 100),
    PROJECTION(32, 0.62, false, 165);

    /** Labels of areas and clusters never get smaller than this on screen (px). */
    final double minLabel;
    final double tint;
    final boolean authors;
    /** Below this many pixels per note its text is not drawn (too small to read at this distance). */
    final double textLod;

    RenderStyle(double minLabel, double tint, boolean authors, double textLod) {
        this.minLabel = minLabel;
        this.tint = tint;
        this.authors = authors;
        this.textLod = textLod;
    }
}
