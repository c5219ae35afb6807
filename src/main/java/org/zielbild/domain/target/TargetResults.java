package org.zielbild.domain.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zielbild.domain.Session;

/**
 * The public reads of the target picture, for the module, the team mandates and the minutes. Pure
 * functions of the session; only <b>revealed</b> rounds count, so nothing here shows what the room
 * has not seen. Stable API: statement id and text come from {@link Statement}; "did it carry" is
 * {@link #carries(TargetPicture, String)}.
 *
 * <ul>
 *   <li>A statement's standing is the verdict of the latest revealed round that rated it, even if its
 *       text was edited afterwards ({@link #rewordedSince} tells).</li>
 *   <li>The picture as a whole carries when the latest revealed round that rated the whole picture
 *       carried it ({@link #pictureCarries}).</li>
 * </ul>
 */
public final class TargetResults {

    private TargetResults() {
    }

    /**
     * The stage the picture was made on: that of its latest round or recorded reason, else the
     * agenda's first target-picture stage; empty when the agenda has none (the minutes and the poster
     * picture name it by this).
     */
    public static Optional<String> stageOf(Session session) {
        TargetPicture p = session.target();
        Optional<String> used = p.latestRound().map(RatingRound::stageId)
                .or(() -> p.unmetReasons().stream().reduce((a, b) -> b).map(UnmetReason::stageId));
        return used.filter(id -> session.agenda().find(id).isPresent())
                .or(() -> session.agenda().stages().stream()
                        .filter(s -> org.zielbild.domain.TargetPictureDay.TARGET_PICTURE.equals(s.moduleId()))
                        .map(org.zielbild.domain.agenda.Stage::id).findFirst());
    }

    /** The session's target picture (empty when none). */
    public static TargetPicture of(Session session) {
        return session.target();
    }

    /** Every revealed result for a statement ({@code null}: the whole picture), oldest first: its history. */
    public static List<ItemResult> history(TargetPicture picture, String statementId) {
        List<ItemResult> out = new ArrayList<>();
        for (RatingRound r : picture.rounds()) {
            int i = r.indexOf(statementId);
            if (r.revealed() && i >= 0) {
                out.add(RoundResults.item(r, i));
            }
        }
        return out;
    }

    /** The latest revealed result for a statement ({@code null}: the whole picture). */
    public static Optional<ItemResult> latest(TargetPicture picture, String statementId) {
        List<ItemResult> h = history(picture, statementId);
        return h.isEmpty() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
    }

    public static Standing standing(TargetPicture picture, String statementId) {
        return latest(picture, statementId).map(r -> r.carries() ? Standing.CARRIES : Standing.NEEDS_REWORK)
                .orElse(Standing.NOT_RATED);
    }

    /** Did the statement carry: its latest revealed round met the gate. */
    public static boolean carries(TargetPicture picture, String statementId) {
        return standing(picture, statementId) == Standing.CARRIES;
    }

    /** The statements that carry, in poster order. */
    public static List<Statement> carried(TargetPicture picture) {
        return picture.statements().stream().filter(s -> carries(picture, s.id())).toList();
    }

    /** Did the picture as a whole carry (the gate the stage is about). */
    public static boolean pictureCarries(TargetPicture picture) {
        return standing(picture, null) == Standing.CARRIES;
    }

    /** Whether the statement's text differs from the wording its latest revealed round rated. */
    public static boolean rewordedSince(TargetPicture picture, Statement statement) {
        return latest(picture, statement.id()).map(r -> !r.item().wording().equals(statement.text())).orElse(false);
    }
}
