package org.zielbild.testing;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Session;
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.Answer;
import org.zielbild.domain.target.BallotAnswer;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.RatingBallot;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.domain.target.StartRatingRound;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.Threshold;

/**
 * The board fixture's session (four participants, a reflection board) with three target statements
 * "st-1" to "st-3" on the target-picture stage, and helpers to start rounds and make ballots.
 */
public final class TargetFixture {

    public final BoardFixture board = new BoardFixture();
    public final String stageId;
    public Session session;
    private int ballots;

    public TargetFixture() {
        Session s = board.session;
        stageId = s.agenda().stages().get(3).id();
        s = AddStatement.atEnd(Statement.of("st-1", "Every Monday our customers tell us what they love about working with us.", "")).apply(s);
        s = AddStatement.atEnd(Statement.of("st-2", "We ship a fix the same day a customer reports a bug.", "in 2 years")).apply(s);
        s = AddStatement.atEnd(Statement.of("st-3", "Teams decide their own way of working.", "")).apply(s);
        session = s;
    }

    /** Starts a round over the given statements ({@code null}: the picture as a whole). */
    public Session start(String roundId, RatingMode mode, CountingBase base, Threshold threshold, int present,
                         boolean anonymous, String... statementIds) {
        List<RoundItem> items = new ArrayList<>();
        for (String id : statementIds) {
            items.add(id == null ? RoundItem.wholePicture() : RoundItem.of(session.target().requireStatement(id)));
        }
        session = StartRatingRound.atEnd(RatingRound.start(roundId, stageId, mode, base, threshold, present, anonymous,
                items, BoardFixture.T0)).apply(session);
        return session;
    }

    /** A ballot with the same answer pair for every item. */
    public RatingBallot ballot(String who, Answer benefit, Answer attractive, int items) {
        List<BallotAnswer> answers = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            answers.add(new BallotAnswer(benefit, attractive));
        }
        return new RatingBallot("b-" + (++ballots), who, answers);
    }
}
