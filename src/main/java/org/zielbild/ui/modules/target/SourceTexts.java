package org.zielbild.ui.modules.target;

import org.zielbild.domain.target.SourceLink;
import org.zielbild.ui.common.I18n;

/** How sources read on the laptop: "Cluster “Speed” · 5 dots", or the note's first words. */
final class SourceTexts {

    private static final int SHORT = 48;

    private SourceTexts() {
    }

    static String shortLabel(I18n i18n, SourceOption o) {
        return i18n.t(o.kind() == SourceLink.Kind.CLUSTER ? "target.source.cluster" : "target.source.note", cut(o.text()));
    }

    /** A line of the picker: kind and text, board, dots where the vote was revealed, notes in a cluster. */
    static String line(I18n i18n, SourceOption o) {
        String what = shortLabel(i18n, o);
        String dots = o.dots() == null ? "" : " · " + i18n.t("target.source.dots", o.dots());
        String members = o.kind() == SourceLink.Kind.CLUSTER ? " · " + i18n.t("target.source.members", o.members()) : "";
        return what + dots + members;
    }

    /** A link on a statement: live, or "removed note: …" with the text kept when it was made. */
    static String link(I18n i18n, SourceLink l, boolean exists) {
        String key = l.kind() == SourceLink.Kind.CLUSTER
                ? (exists ? "target.link.cluster" : "target.link.clusterRemoved")
                : (exists ? "target.link.note" : "target.link.noteRemoved");
        String dots = l.dots() == null ? "" : " · " + i18n.t("target.source.dots", l.dots());
        return i18n.t(key, cut(l.text()), l.boardTitle()) + dots;
    }

    static String cut(String text) {
        return cut(text, SHORT);
    }

    /** The text on one line, shortened to {@code max} characters with an ellipsis (a label, never the stored text). */
    static String cut(String text, int max) {
        String one = text.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1).stripTrailing() + "…";
    }
}
