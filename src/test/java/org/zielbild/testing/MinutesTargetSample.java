package org.zielbild.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.Answer;
import org.zielbild.domain.target.BallotAnswer;
import org.zielbild.domain.target.CastRatingBallot;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.EditStatementText;
import org.zielbild.domain.target.HandCounts;
import org.zielbild.domain.target.MarkRework;
import org.zielbild.domain.target.RatingBallot;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RecordUnmetReason;
import org.zielbild.domain.target.RevealRatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.domain.target.SetHandCounts;
import org.zielbild.domain.target.SourceLink;
import org.zielbild.domain.target.SourceLinks;
import org.zielbild.domain.target.StartRatingRound;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.Threshold;
import org.zielbild.domain.target.UnmetReason;

/**
 * The minutes sample's target picture (ten present): three statements, from a cluster with revealed
 * dots, from a cluster and a note of a board whose vote was never shown, and one written from
 * scratch; a show of hands in which two miss (one at exactly half); the reworded one and the whole
 * picture in a named ballot round with the base "cast" at two thirds (the picture misses: a reason
 * is recorded); and an anonymous round still open with two ballots in, which the minutes show only
 * as a count.
 */
final class MinutesTargetSample {

    private MinutesTargetSample() {
    }

    static void add(Consumer<Change> apply, Supplier<Session> session, Stage stage, boolean de, IntFunction<Instant> min) {
        SourceLink process = SourceLinks.toCluster("l-process", session.get().boards(), "c-process");
        SourceLink slow = SourceLinks.toCluster("l-slow", session.get().boards(), "c-slow");
        SourceLink hold = SourceLinks.toNote("l-hold", session.get().boards(), "n-c2-0");
        apply.accept(AddStatement.atEnd(new Statement("sa", de ? "Rechnungen gehen am Tag der Leistung raus."
                : "Invoices go out the day the work is done.", de ? "bis 2027" : "by 2027", TeamColor.forIndex(0), null,
                List.of(process), false, List.of())));
        apply.accept(AddStatement.atEnd(new Statement("sb", de ? "Wer anruft, hat nach drei Klingeltönen einen Menschen am Apparat."
                : "Whoever calls reaches a person within three rings.", "", TeamColor.forIndex(1), null, List.of(slow, hold),
                false, List.of())));
        apply.accept(AddStatement.atEnd(new Statement("sc", de ? "Alle wissen, woran die anderen arbeiten."
                : "Everyone knows what the others work on.", de ? "in 1 Jahr" : "in 1 year", null, null, List.of(), false,
                List.of())));
        String stageId = stage.id();
        List<RoundItem> all = new ArrayList<>(session.get().target().statements().stream().map(RoundItem::of).toList());
        all.add(RoundItem.wholePicture());
        apply.accept(StartRatingRound.atEnd(RatingRound.start("r1", stageId, RatingMode.SHOW_OF_HANDS, CountingBase.PRESENT,
                Threshold.SIMPLE_MAJORITY, 10, true, all, min.apply(185))));
        int[][] counts = {{8, 1, 7, 2}, {6, 3, 4, 5}, {5, 4, 6, 3}, {6, 2, 5, 4}};
        for (int i = 0; i < counts.length; i++) {
            int[] c = counts[i];
            apply.accept(new SetHandCounts("r1", i, new HandCounts(c[0], c[1], c[2], c[3])));
        }
        apply.accept(new RevealRatingRound("r1", true));
        apply.accept(new MarkRework("sb", true));
        apply.accept(new MarkRework("sc", true));
        apply.accept(new EditStatementText("sc", de ? "Jeden Montag um 9 Uhr erzählt jedes Team in fünf Minuten, woran es arbeitet."
                : "Every Monday at 9 each team tells the others in five minutes what it works on."));
        Session now = session.get();
        apply.accept(StartRatingRound.atEnd(RatingRound.start("r2", stageId, RatingMode.PRIVATE_BALLOTS, CountingBase.CAST,
                Threshold.TWO_THIRDS, 10, false, List.of(RoundItem.of(now.target().requireStatement("sc")),
                        RoundItem.wholePicture()), min.apply(215))));
        Answer[][] ballots = {{Answer.YES, Answer.YES}, {Answer.YES, Answer.NO}, {Answer.YES, Answer.YES},
            {Answer.NO, Answer.YES}, {Answer.YES, Answer.YES}, {Answer.YES, Answer.NO}, {Answer.YES, Answer.ABSTAIN},
            {Answer.YES, Answer.NO}};
        for (int v = 0; v < ballots.length; v++) {
            Answer a = ballots[v][0];
            Answer whole = ballots[v][1];
            apply.accept(new CastRatingBallot("r2", new RatingBallot("b2-" + v, "p" + v,
                    List.of(new BallotAnswer(a, a), new BallotAnswer(whole, whole)))));
        }
        apply.accept(new RevealRatingRound("r2", true));
        apply.accept(new MarkRework("sc", false)); // as the reveal on the laptop does for a statement that carried
        apply.accept(RecordUnmetReason.atEnd(new UnmetReason("u1", stageId, de
                ? "Die Zeit war um; am Freitag stimmen wir das Zielbild noch einmal ab."
                : "We ran out of time; the picture is voted on again on Friday.", "r2", min.apply(245))));
        apply.accept(StartRatingRound.atEnd(RatingRound.start("r3", stageId, RatingMode.PRIVATE_BALLOTS, CountingBase.PRESENT,
                Threshold.SIMPLE_MAJORITY, 10, true, List.of(RoundItem.wholePicture()), min.apply(246))));
        for (int v = 0; v < 2; v++) {
            apply.accept(new CastRatingBallot("r3", new RatingBallot("b3-" + v, null,
                    List.of(new BallotAnswer(Answer.YES, Answer.YES)))));
        }
    }
}
