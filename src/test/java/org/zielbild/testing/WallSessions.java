package org.zielbild.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.Note;
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

/**
 * A room as the wall meets it (issue 15): the template day (stage ids s1..s7) with 23 people in four
 * teams, the reflection board with 20 or 60 notes in the session's language (clustered by theme or
 * not, some without a team), a revealed check-in with 23 moods, and answers on the first customer
 * question. For the wall's projection tests, its benchmark and the walk-through screenshots.
 */
public final class WallSessions {

    public static final int PEOPLE = 23;

    /** What is on the reflection board. */
    public record Content(int notes, boolean clustered) {
    }

    private WallSessions() {
    }

    public static Session build(Language lang, Content content) {
        Session day = DaySessions.templateDay(lang);
        AtomicInteger n = new AtomicInteger();
        Supplier<String> ids = () -> "w" + n.incrementAndGet();
        SessionModel model = new SessionModel(SessionService.inMemory(day), Notifier.SILENT);
        boolean de = lang == Language.DE;
        String[] teams = de ? new String[] {"Vertrieb", "Kundenservice", "Technik", "Marketing"}
                : new String[] {"Sales", "Customer service", "Engineering", "Marketing"};
        TeamColor[] colors = {TeamColor.ORANGE, TeamColor.SKY_BLUE, TeamColor.BLUISH_GREEN, TeamColor.YELLOW};
        for (int i = 0; i < teams.length; i++) {
            model.applyOrThrow(AddTeam.atEnd(new Team("t" + i, teams[i], colors[i])));
        }
        NoteTexts names = new NoteTexts(new Random(23));
        for (int i = 0; i < PEOPLE; i++) {
            model.applyOrThrow(AddParticipant.atEnd(new Participant("p" + i, names.personName(i), "t" + (i % teams.length))));
        }
        Clock clock = ShellTestSupport.CLOCK;
        Stage reflection = day.agenda().stages().get(1);
        BoardViewModel board = new BoardViewModel(model, StageBoards.withAreas(model, reflection, ids), ids, clock);
        fill(board, lang, content);
        MoodRoundViewModel checkIn = new MoodRoundViewModel(model, reflection.id(), MoodKind.CHECK_IN, ids, clock);
        checkIn.start();
        Random rnd = new Random(15);
        List<Emotion> words = List.of(Emotion.TIRED, Emotion.UNCERTAIN, Emotion.CURIOUS, Emotion.HOPEFUL, Emotion.MOTIVATED,
                Emotion.FRUSTRATED, Emotion.CALM);
        for (int i = 0; i < PEOPLE; i++) {
            int score = 1 + rnd.nextInt(5);
            checkIn.add(null, score, List.of(words.get(rnd.nextInt(words.size()))), List.of(),
                    de ? "Ein Satz, der nie an die Wand kommt" : "A sentence that never reaches the wall");
        }
        checkIn.reveal(true);
        Stage customer = day.agenda().stages().get(2);
        BoardViewModel first = new BoardViewModel(model, StageBoards.onePerPrompt(model, customer, ids).get(0), ids, clock);
        for (String a : de ? List.of("Zuverlässig, aber langsam", "Freundlich am Telefon", "Kompliziert bei Rechnungen",
                "Experten, wenn man sie erreicht", "Teuer, aber gut") : List.of("Reliable but slow",
                "Friendly on the phone", "Complicated when it comes to invoices", "Experts, once you reach them",
                "Expensive but good")) {
            first.capture().textProperty().set(a);
            first.capture().add();
        }
        return model.session();
    }

    /**
     * The notes: the sample themes, taken round-robin so 20 notes still span every theme; every
     * fifth note has no team. Clustered: each theme's notes grouped under its name.
     */
    private static void fill(BoardViewModel vm, Language lang, Content content) {
        List<BoardSamples.Theme> themes = BoardSamples.themes(lang);
        List<List<String>> byTheme = new ArrayList<>();
        themes.forEach(t -> byTheme.add(new ArrayList<>()));
        int written = 0;
        for (int i = 0; written < content.notes(); i++) {
            BoardSamples.Theme theme = themes.get(i % themes.size());
            String text = theme.notes().get((i / themes.size()) % theme.notes().size());
            if (written == 1) {
                // Text as typed (issue 15): an emoji and a Hebrew phrase inside the session's language.
                text = text + " \uD83D\uDC4D שלום";
            }
            vm.capture().areaProperty().set(Math.min(theme.area(), vm.snapshot().board().areaCount() - 1));
            vm.capture().teamProperty().set(written % 5 == 4 ? null : vm.teams().get(written % vm.teams().size()));
            vm.capture().textProperty().set(text);
            if (!vm.capture().add()) {
                throw new IllegalStateException("note refused: " + text);
            }
            List<Note> notes = vm.snapshot().notes();
            byTheme.get(i % themes.size()).add(notes.get(notes.size() - 1).id());
            written++;
        }
        if (content.clustered()) {
            for (int t = 0; t < themes.size(); t++) {
                if (byTheme.get(t).size() > 1) {
                    vm.select(byTheme.get(t), false);
                    vm.groupSelected(themes.get(t).name());
                }
            }
            vm.clearSelection();
        }
        vm.arrange();
        vm.capture().teamProperty().set(null);
        vm.capture().areaProperty().set(0);
    }
}
