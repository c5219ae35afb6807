package org.zielbild.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.SetParticipantPresent;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.Answer;
import org.zielbild.domain.target.BallotAnswer;
import org.zielbild.domain.target.CastRatingBallot;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.DiscardRatingRound;
import org.zielbild.domain.target.DismissHint;
import org.zielbild.domain.target.EditStatementText;
import org.zielbild.domain.target.HandCounts;
import org.zielbild.domain.target.LinkSource;
import org.zielbild.domain.target.MarkRework;
import org.zielbild.domain.target.MoveStatement;
import org.zielbild.domain.target.RatingBallot;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RecordUnmetReason;
import org.zielbild.domain.target.RemoveStatement;
import org.zielbild.domain.target.RemoveUnmetReason;
import org.zielbild.domain.target.RevealRatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.domain.target.SetHandCounts;
import org.zielbild.domain.target.SetRoundPresent;
import org.zielbild.domain.target.SetStatementColor;
import org.zielbild.domain.target.SetStatementHorizon;
import org.zielbild.domain.target.SetStatementPicture;
import org.zielbild.domain.target.SourceLinks;
import org.zielbild.domain.target.StartRatingRound;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.StatementPicture;
import org.zielbild.domain.target.Threshold;
import org.zielbild.domain.target.UnlinkSource;
import org.zielbild.domain.target.UnmetReason;
import org.zielbild.domain.target.VividnessHint;
import org.zielbild.domain.target.WithdrawRatingBallot;
import org.zielbild.session.SessionService;

/**
 * Writes the stored sample of the target picture's change names (and attendance): a snapshot with
 * a board to link from, and a journal that uses every {@code target.*} name and
 * {@code participant.present}, with an anonymous ballot round and a named one. Run it once into a
 * new folder, like {@link AllChangesSample}; {@link TargetChangesSampleTest} reads it back. Never
 * regenerate a committed folder.
 */
public final class TargetChangesSample {

    static final String TITLE = "Target changes v1";
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private TargetChangesSample() {
    }

    public static void main(String[] args) throws Exception {
        AllChangesSample.write(Path.of(args[0]), TITLE, TargetChangesSample::morning, s -> {
            statements(s);
            rounds(s);
        });
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static String stage(SessionService s, int index) {
        return s.session().agenda().stages().get(index).id();
    }

    /** People, a customer board with a revealed vote, and a first statement: all in the snapshot. */
    private static void morning(SessionService s) {
        s.apply(new AddParticipants(List.of(new Participant("p-anna", "Anna", null), new Participant("p-ben", "Ben", null),
                new Participant("p-cem", "Cem", null), new Participant("p-dana", "Dana", null))));
        s.apply(new AddBoard(Board.of("b-see", stage(s, 2), 0, "How do our customers see us?", List.of())));
        s.apply(AddNote.onTop(new Note("n-1", "b-see", 0, "They wait two weeks for an answer", null, "", 0, 0, null, null, at(1))));
        s.apply(AddNote.onTop(new Note("n-2", "b-see", 0, "Friendly on the phone", null, "", 200, 0, null, null, at(2))));
        s.apply(AddCluster.atEnd(new Cluster("c-1", "b-see", "Speed", 0, 300)));
        s.apply(new PlaceNotes(List.of(new NotePlacement("n-1", 0, 10, 320, "c-1"))));
        s.apply(new StartVote("b-see", DotVote.start("v-1", 3, 2, at(3))));
        s.apply(new PlaceDot("b-see", "p-anna", "n-1"));
        s.apply(new PlaceDot("b-see", "p-ben", "n-1"));
        s.apply(new RevealVote("b-see", true));
        s.apply(AddStatement.atEnd(new Statement("st-1", "Every Monday our customers tell us what they love.", "",
                TeamColor.SKY_BLUE, null, List.of(), false, List.of())));
    }

    private static void statements(SessionService s) {
        s.apply(AddStatement.atEnd(Statement.of("st-2", "Answers within a day", "")));
        s.apply(AddStatement.atEnd(Statement.of("st-3", "Teams decide their way of working.", "")));
        s.apply(new EditStatementText("st-2", "We answer every customer within one working day."));
        s.apply(new SetStatementHorizon("st-2", "in 2 years"));
        s.apply(new SetStatementColor("st-2", TeamColor.BLUISH_GREEN));
        s.apply(new SetStatementPicture("st-2", new StatementPicture("3f2a9c0d.png", "Hotline.png")));
        s.apply(new SetStatementPicture("st-2", null));
        s.undo(); // the picture comes back
        s.apply(new MoveStatement("st-3", 0));
        s.apply(new LinkSource("st-2", SourceLinks.toCluster("l-1", s.session().boards(), "c-1"), -1));
        s.apply(new LinkSource("st-2", SourceLinks.toNote("l-2", s.session().boards(), "n-2"), -1));
        s.apply(new UnlinkSource("st-2", "l-2"));
        s.apply(new RemoveNotes(List.of("n-1"))); // the link keeps its copy
        s.apply(new DismissHint("st-3", VividnessHint.NO_WHEN, true));
        s.apply(AddStatement.atEnd(Statement.of("st-x", "A statement written by mistake", "")));
        s.apply(new RemoveStatement("st-x"));
    }

    private static void rounds(SessionService s) {
        String target = stage(s, 3);
        s.apply(new SetParticipantPresent("p-dana", false));
        List<RoundItem> all = s.session().target().statements().stream().map(RoundItem::of).toList();
        s.apply(StartRatingRound.atEnd(RatingRound.start("r-hands", target, RatingMode.SHOW_OF_HANDS, CountingBase.PRESENT,
                Threshold.SIMPLE_MAJORITY, 3, true, all, at(60))));
        s.apply(new SetHandCounts("r-hands", 0, new HandCounts(1, 2, 1, 1)));
        s.apply(new SetHandCounts("r-hands", 1, new HandCounts(3, 0, 2, 1)));
        s.apply(new SetHandCounts("r-hands", 2, new HandCounts(2, 1, 3, 0)));
        s.apply(new SetRoundPresent("r-hands", 4));
        s.apply(new SetRoundPresent("r-hands", 3));
        s.apply(new RevealRatingRound("r-hands", true));
        s.apply(new MarkRework("st-3", true));
        s.apply(new EditStatementText("st-3", "Each team chooses its own tools and rituals by March."));
        s.apply(StartRatingRound.atEnd(RatingRound.start("r-try", target, RatingMode.PRIVATE_BALLOTS, CountingBase.CAST,
                Threshold.TWO_THIRDS, 3, true, List.of(RoundItem.wholePicture()), at(70))));
        s.apply(new DiscardRatingRound("r-try"));
        List<RoundItem> again = List.of(RoundItem.of(s.session().target().requireStatement("st-3")), RoundItem.wholePicture());
        s.apply(StartRatingRound.atEnd(RatingRound.start("r-secret", target, RatingMode.PRIVATE_BALLOTS,
                CountingBase.PRESENT, Threshold.TWO_THIRDS, 3, true, again, at(75))));
        BallotAnswer yes = new BallotAnswer(Answer.YES, Answer.YES);
        s.apply(new CastRatingBallot("r-secret", new RatingBallot("k9x2", null, List.of(yes, yes))));
        s.apply(new CastRatingBallot("r-secret", new RatingBallot("a7q4", null,
                List.of(yes, new BallotAnswer(Answer.NO, Answer.ABSTAIN)))));
        s.apply(new WithdrawRatingBallot("r-secret", "a7q4"));
        s.undo(); // UNDO of a withdrawal: target.round.ballot.restore
        s.apply(new CastRatingBallot("r-secret", new RatingBallot("m3z8", null, List.of(yes, yes))));
        s.apply(new RevealRatingRound("r-secret", true));
        s.apply(new MarkRework("st-3", false));
        s.apply(StartRatingRound.atEnd(RatingRound.start("r-named", target, RatingMode.PRIVATE_BALLOTS,
                CountingBase.CAST, Threshold.THREE_QUARTERS, 3, false, List.of(RoundItem.wholePicture()), at(80))));
        s.apply(new CastRatingBallot("r-named", new RatingBallot("n1", "p-anna", List.of(yes))));
        s.apply(new CastRatingBallot("r-named", new RatingBallot("n2", "p-ben", List.of(new BallotAnswer(Answer.NO, Answer.NO)))));
        s.apply(new RevealRatingRound("r-named", true));
        s.apply(RecordUnmetReason.atEnd(new UnmetReason("u-1", target, "Out of time", "r-named", at(89))));
        s.apply(new RemoveUnmetReason("u-1"));
        s.apply(RecordUnmetReason.atEnd(new UnmetReason("u-2", target,
                "Out of time; Dana was away. We vote on the whole picture first thing tomorrow.", "r-named", at(90))));
    }
}
