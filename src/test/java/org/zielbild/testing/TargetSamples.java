package org.zielbild.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.Answer;
import org.zielbild.domain.target.BallotAnswer;
import org.zielbild.domain.target.CastRatingBallot;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.HandCounts;
import org.zielbild.domain.target.MarkRework;
import org.zielbild.domain.target.RatingBallot;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RevealRatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.domain.target.SetHandCounts;
import org.zielbild.domain.target.SourceLink;
import org.zielbild.domain.target.SourceLinks;
import org.zielbild.domain.target.StartRatingRound;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.Threshold;

/**
 * The sample workshop (60 notes in six clusters) grown to 23 people with a revealed dot vote, and a
 * target picture of six statements made from its clusters, in English or German: for previews,
 * layout tests and screenshots. {@link #rated} adds a revealed show of hands, {@link #voting} an
 * open round of private ballots.
 */
public final class TargetSamples {

    private TargetSamples() {
    }

    /** Statements only: the poster. */
    public static Session poster(Language lang) {
        Session s = SampleWorkshop.build(lang, false);
        String[] more = {"Mara", "Nils", "Olga", "Pit", "Quirin", "Rosa", "Sven", "Tara", "Ugo", "Vera", "Wim"};
        for (int i = 0; i < more.length; i++) {
            s = AddParticipant.atEnd(new Participant("q" + i, more[i], "t" + (i % 3))).apply(s);
        }
        Board board = s.boards().boards().get(0);
        s = new StartVote(board.id(), DotVote.start("v-sample", 3, 3, BoardFixture.T0)).apply(s);
        Random rnd = new Random(11);
        List<Note> notes = s.boards().notesOf(board.id());
        for (Participant p : s.roster().participants()) {
            for (int d = 0; d < 3; d++) {
                s = new PlaceDot(board.id(), p.id(), notes.get(rnd.nextInt(notes.size())).id()).apply(s);
            }
        }
        s = new RevealVote(board.id(), true).apply(s);
        List<Cluster> clusters = s.boards().clustersOf(board.id());
        String[][] texts = lang == Language.DE ? GERMAN : ENGLISH;
        for (int i = 0; i < texts.length; i++) {
            List<SourceLink> links = List.of(SourceLinks.toCluster("l" + i, s.boards(), clusters.get(i % clusters.size()).id()));
            s = AddStatement.atEnd(new Statement("st" + (i + 1), texts[i][0], texts[i][1], TeamColor.forIndex(i), null,
                    links, false, List.of())).apply(s);
        }
        return s;
    }

    /** The poster after a revealed show of hands over all statements and the whole picture (23 present). */
    public static Session rated(Language lang) {
        Session s = poster(lang);
        List<RoundItem> items = new ArrayList<>(s.target().statements().stream().map(RoundItem::of).toList());
        items.add(RoundItem.wholePicture());
        s = StartRatingRound.atEnd(RatingRound.start("r-hands", stage(s), RatingMode.SHOW_OF_HANDS, CountingBase.PRESENT,
                Threshold.SIMPLE_MAJORITY, 23, true, items, BoardFixture.T0)).apply(s);
        int[][] counts = {{19, 2, 17, 3}, {15, 6, 9, 12}, {20, 1, 18, 2}, {11, 10, 12, 9}, {17, 4, 16, 5}, {21, 0, 19, 2},
            {14, 7, 11, 8}};
        for (int i = 0; i < items.size(); i++) {
            int[] c = counts[i % counts.length];
            s = new SetHandCounts("r-hands", i, new HandCounts(c[0], c[1], c[2], c[3])).apply(s);
        }
        s = new RevealRatingRound("r-hands", true).apply(s);
        s = new MarkRework("st2", true).apply(s);
        return new MarkRework("st4", true).apply(s);
    }

    /** After {@link #rated}: an open round of anonymous private ballots over the reworked statements, 7 of 23 in. */
    public static Session voting(Language lang) {
        Session s = rated(lang);
        List<RoundItem> items = List.of(RoundItem.of(s.target().requireStatement("st2")),
                RoundItem.of(s.target().requireStatement("st4")), RoundItem.wholePicture());
        s = StartRatingRound.atEnd(RatingRound.start("r-ballots", stage(s), RatingMode.PRIVATE_BALLOTS, CountingBase.PRESENT,
                Threshold.TWO_THIRDS, 23, true, items, BoardFixture.T0.plusSeconds(600))).apply(s);
        Random rnd = new Random(5);
        for (int v = 0; v < 7; v++) {
            List<BallotAnswer> a = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                a.add(new BallotAnswer(Answer.values()[rnd.nextInt(2)], Answer.YES));
            }
            s = new CastRatingBallot("r-ballots", new RatingBallot("b" + rnd.nextInt(1_000_000) + v, null, a)).apply(s);
        }
        return s;
    }

    public static String stage(Session s) {
        return s.agenda().stages().get(3).id();
    }

    private static final String[][] ENGLISH = {
        {"Every Monday our customers tell us in person what they love about working with us.", "in 2 years"},
        {"We answer every customer question within one working day, with a name and a phone number.", ""},
        {"Teams decide their own priorities each quarter; management knows them and backs them.", "by 2027"},
        {"Meetings end on time, with a decision written down and an owner for every next step.", ""},
        {"New colleagues ship their first improvement in their first week, with a buddy at their side.", "in 1 year"},
        {"Our tools start in seconds; one login, one place for every file we need.", ""}};

    private static final String[][] GERMAN = {
        {"Jeden Montag erzählen uns Kundinnen und Kunden persönlich, was sie an der Zusammenarbeit mit uns lieben.",
            "in 2 Jahren"},
        {"Wir beantworten jede Kundenfrage innerhalb eines Arbeitstages, mit Namen und Telefonnummer.", ""},
        {"Teams legen ihre Prioritäten jedes Quartal selbst fest; die Leitung kennt sie und steht dahinter.", "bis 2027"},
        {"Meetings enden pünktlich, mit einer festgehaltenen Entscheidung und einer verantwortlichen Person für jeden Schritt.",
            ""},
        {"Neue Kolleginnen und Kollegen bringen in ihrer ersten Woche eine Verbesserung live, mit einem Buddy an ihrer Seite.",
            "in 1 Jahr"},
        {"Unsere Werkzeuge starten in Sekunden; ein Login, ein Ort für jede Datei, die wir brauchen.", ""}};
}
