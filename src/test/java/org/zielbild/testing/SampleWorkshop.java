package org.zielbild.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.kit.board.BoardViewModel;
import org.zielbild.ui.kit.board.StageBoards;
import org.zielbild.ui.kit.mood.MoodRoundViewModel;

/** A workshop in full swing: teams and people, a check-in, a pains-and-gains board with 60 notes in 6 clusters. */
public final class SampleWorkshop {

    private SampleWorkshop() {
    }

    public static Session build(Language lang, boolean checkOut) {
        AtomicInteger n = new AtomicInteger();
        Supplier<String> ids = () -> "x" + n.incrementAndGet();
        Session s = TargetPictureDay.newSession("sample", new SessionInfo(lang == Language.DE ? "Zielbild Kundenservice 2027"
                : "Target picture Customer Service 2027", LocalDate.of(2026, 11, 23), "Kassel", "Mira Vogt", lang), ids);
        SessionService service = SessionService.inMemory(s);
        SessionModel model = new SessionModel(service, Notifier.SILENT);
        String[] teams = lang == Language.DE ? new String[] {"Vertrieb", "Service", "Technik"}
                : new String[] {"Sales", "Service", "Engineering"};
        TeamColor[] colors = {TeamColor.ORANGE, TeamColor.SKY_BLUE, TeamColor.BLUISH_GREEN};
        for (int i = 0; i < teams.length; i++) {
            model.applyOrThrow(AddTeam.atEnd(new Team("t" + i, teams[i], colors[i])));
        }
        String[] people = {"Anna", "Ben", "Cem", "Dana", "Emil", "Fatma", "Gregor", "Hanna", "Ilka", "Jonas", "Kim", "Lea"};
        for (int i = 0; i < people.length; i++) {
            model.applyOrThrow(AddParticipant.atEnd(new Participant("p" + i, people[i], "t" + (i % 3))));
        }
        Clock clock = Clock.systemUTC();
        Stage reflection = s.agenda().stages().get(1);
        BoardViewModel board = new BoardViewModel(model, StageBoards.withAreas(model, reflection, ids), ids, clock);
        BoardSamples.fill(board, lang);
        MoodRoundViewModel checkIn = new MoodRoundViewModel(model, reflection.id(), MoodKind.CHECK_IN, ids, clock);
        checkIn.start();
        Random rnd = new Random(3);
        int[] morning = {2, 3, 2, 4, 1, 3, 2, 3, 4, 2, 3, 5};
        for (int score : morning) {
            checkIn.add(null, score, randomWords(rnd, score), score == 1 ? List.of(lang == Language.DE ? "ausgelaugt" : "drained") : List.of(), "");
        }
        checkIn.reveal(true);
        Stage customer = s.agenda().stages().get(2);
        List<String> questions = StageBoards.onePerPrompt(model, customer, ids);
        BoardViewModel first = new BoardViewModel(model, questions.get(0), ids, clock);
        List<String> answers = lang == Language.DE
                ? List.of("Zuverlässig, aber langsam", "Freundlich am Telefon", "Kompliziert bei Rechnungen",
                        "Experten, wenn man sie erreicht", "Teuer, aber gut")
                : List.of("Reliable but slow", "Friendly on the phone", "Complicated when it comes to invoices",
                        "Experts, once you reach them", "Expensive but good");
        for (String a : answers) {
            first.capture().textProperty().set(a);
            first.capture().add();
        }
        if (checkOut) {
            Stage closing = s.agenda().stages().get(6);
            MoodRoundViewModel out = new MoodRoundViewModel(model, closing.id(), MoodKind.CHECK_OUT, ids, clock);
            out.start();
            int[] evening = {4, 4, 3, 5, 3, 4, 4, 5, 3, 4, 2, 5};
            for (int score : evening) {
                out.add(null, score, randomWords(rnd, score), List.of(), "");
            }
            out.reveal(true);
        }
        return model.session();
    }

    private static List<Emotion> randomWords(Random rnd, int score) {
        List<Emotion> low = List.of(Emotion.FRUSTRATED, Emotion.TIRED, Emotion.UNCERTAIN, Emotion.DISAPPOINTED, Emotion.WORRIED);
        List<Emotion> high = List.of(Emotion.CURIOUS, Emotion.HOPEFUL, Emotion.MOTIVATED, Emotion.CALM, Emotion.CONFIDENT);
        List<Emotion> pool = score <= 2 ? low : score >= 4 ? high : List.of(Emotion.CURIOUS, Emotion.UNCERTAIN, Emotion.CALM);
        int k = 1 + rnd.nextInt(2);
        java.util.LinkedHashSet<Emotion> out = new java.util.LinkedHashSet<>();
        while (out.size() < k) {
            out.add(pool.get(rnd.nextInt(pool.size())));
        }
        return List.copyOf(out);
    }
}
