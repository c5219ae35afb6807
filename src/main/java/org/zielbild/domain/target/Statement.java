package org.zielbild.domain.target;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;
import org.zielbild.domain.roster.TeamColor;

/**
 * A target statement: a few sentences that say, as concretely and vividly as possible, what the
 * state the group wants to reach looks like.
 *
 * @param horizon         when, e.g. "in 2 years"; "" for none
 * @param color           its card colour (a colour-blind-safe palette with names); null for the neutral card
 * @param picture         an optional picture; null for none
 * @param sources         the notes and clusters it was made from
 * @param rework          marked for rework (it missed the gate, or the facilitator marked it)
 * @param dismissedHints  vividness hints the facilitator dismissed for it, sorted
 */
public record Statement(String id, String text, String horizon, TeamColor color, StatementPicture picture,
                        List<SourceLink> sources, boolean rework, List<VividnessHint> dismissedHints) {

    /** Longest statement, in code points: a few sentences. Longer input is refused, never cut. */
    public static final int MAX_TEXT = 600;
    public static final int MAX_HORIZON = 60;

    public Statement {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        horizon = horizon == null ? "" : horizon;
        sources = sources == null ? List.of() : List.copyOf(sources);
        // Sorted and distinct, so equal statements serialise the same way.
        dismissedHints = dismissedHints == null ? List.of() : List.copyOf(new TreeSet<>(dismissedHints));
    }

    /** A new statement with only its text (and a horizon, "" for none). */
    public static Statement of(String id, String text, String horizon) {
        return new Statement(id, text, horizon, null, null, List.of(), false, List.of());
    }

    public boolean hasDismissed(VividnessHint hint) {
        return dismissedHints.contains(hint);
    }

    Statement withText(String newText) {
        return new Statement(id, newText, horizon, color, picture, sources, rework, dismissedHints);
    }

    Statement withHorizon(String newHorizon) {
        return new Statement(id, text, newHorizon, color, picture, sources, rework, dismissedHints);
    }

    Statement withColor(TeamColor newColor) {
        return new Statement(id, text, horizon, newColor, picture, sources, rework, dismissedHints);
    }

    Statement withPicture(StatementPicture newPicture) {
        return new Statement(id, text, horizon, color, newPicture, sources, rework, dismissedHints);
    }

    Statement withSources(List<SourceLink> newSources) {
        return new Statement(id, text, horizon, color, picture, newSources, rework, dismissedHints);
    }

    Statement withRework(boolean newRework) {
        return new Statement(id, text, horizon, color, picture, sources, newRework, dismissedHints);
    }

    Statement withDismissedHints(List<VividnessHint> hints) {
        return new Statement(id, text, horizon, color, picture, sources, rework, hints);
    }

    /** The statement with its texts cleaned and checked. */
    Statement validated() {
        String h = cleanHorizon(horizon);
        for (SourceLink link : sources) {
            if (Texts.length(link.text()) > SourceLink.MAX_TEXT) {
                throw DomainException.of("error.textTooLong", SourceLink.MAX_TEXT, Texts.length(link.text()));
            }
        }
        return new Statement(id, cleanText(text), h, color, picture, sources, rework, dismissedHints);
    }

    /** A statement's text as stored: line breaks kept, refused when empty or too long. */
    public static String cleanText(String raw) {
        String t = Texts.multiLine(raw);
        if (t.isEmpty()) {
            throw DomainException.of("error.target.statementEmpty");
        }
        if (Texts.length(t) > MAX_TEXT) {
            throw DomainException.of("error.target.statementTooLong", MAX_TEXT, Texts.length(t));
        }
        return t;
    }

    static String cleanHorizon(String raw) {
        String h = Texts.singleLine(raw);
        if (Texts.length(h) > MAX_HORIZON) {
            throw DomainException.of("error.textTooLong", MAX_HORIZON, Texts.length(h));
        }
        return h;
    }
}
