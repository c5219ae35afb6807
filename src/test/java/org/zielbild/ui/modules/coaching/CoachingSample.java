package org.zielbild.ui.modules.coaching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.zielbild.domain.Change;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.domain.coaching.AddQuestion;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.EditCoach;
import org.zielbild.domain.coaching.Question;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.modules.coaching.imports.BallotImport;
import org.zielbild.ui.modules.coaching.imports.CoachImport;

/**
 * A realistic coach round: the 23 people and 4 coaches of docs/examples (coaching styles in the
 * session's language), the ballots of all but the last three, and a few questions.
 */
final class CoachingSample {

    static final Instant T0 = Instant.parse("2026-11-24T13:00:00Z");
    private static final Path EXAMPLES = Path.of("docs", "examples");

    private CoachingSample() {
    }

    static Session build(Language language) {
        AtomicInteger n = new AtomicInteger();
        List<String> ballotLines = lines("ballots.csv");
        List<Participant> people = new ArrayList<>();
        for (String line : ballotLines.subList(1, ballotLines.size())) {
            String name = line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.substring(0, line.indexOf(','));
            people.add(new Participant("p" + n.incrementAndGet(), name, null));
        }
        Session s = new AddParticipants(people).apply(Sessions.templateDay(language));
        s = apply(s, new CoachImport(s.coaching(), () -> "c" + n.incrementAndGet()).plan(text("coaches.csv")).changes());
        boolean de = language == Language.DE;
        String[] styles = de ? new String[] {
            "Agile Führung: Ich begleite Teams dabei, Verantwortung zu teilen und schneller zu lernen.",
            "Systemisches Coaching: Wir schauen auf Beziehungen, Muster und das, was schon gut gelingt.",
            "Karriere und Wachstum: klare Ziele, ehrliches Feedback, kleine Schritte.",
            "Veränderung und Konflikt: Ich helfe, schwierige Gespräche gut zu führen."}
            : new String[] {
            "Agile leadership: I help teams share responsibility and learn faster together.",
            "Systemic coaching: we look at relationships, patterns and what already works well.",
            "Career and growth: clear goals, honest feedback, small steps.",
            "Change and conflict: I help you lead difficult conversations well."};
        String[] languages = {"Deutsch, English", "Deutsch", "English, Italiano", "English, Deutsch"};
        for (int i = 0; i < 4; i++) {
            Coach c = s.coaching().coaches().get(i);
            s = new EditCoach(c.withStyle(styles[i]).withLanguages(languages[i])).apply(s);
        }
        String ballots = String.join("\n", ballotLines.subList(0, ballotLines.size() - 3));
        s = apply(s, new BallotImport(s).plan(ballots).changes());
        String anna = s.coaching().coaches().get(0).id();
        String[][] questions = de ? new String[][] {{"Wie oft treffen wir uns?", "Nora Fischer"},
            {"Geht das auch auf Englisch?", ""}, {"Was, wenn mein Team nicht mitmacht?", "Ole Jäger"}}
            : new String[][] {{"How often do we meet?", "Nora Fischer"}, {"Can we work in English?", ""},
                {"What if my team does not join in?", "Ole Jäger"}};
        for (int i = 0; i < questions.length; i++) {
            s = new AddQuestion(new Question("q" + i, anna, questions[i][0], questions[i][1], false, T0.plusSeconds(i), i + 1))
                    .apply(s);
        }
        return s;
    }

    /** Brings the round to a step as the facilitator would (for the announcement: computed and announced). */
    static void prepare(CoachingViewModel vm, CoachingStep step) {
        switch (step) {
            case OVERVIEW -> vm.pitches().showOverview();
            case PITCH -> vm.pitches().next();
            case QUESTIONS -> {
                vm.pitches().next();
                vm.pitches().next();
            }
            case RANKING -> vm.pitches().showRanking();
            case ANNOUNCEMENT -> {
                vm.pitches().showRanking();
                check(vm.result().compute());
                check(vm.result().announce(true));
            }
        }
    }

    private static void check(boolean done) {
        if (!done) {
            throw new IllegalStateException("the sample round refused a step");
        }
    }

    private static Session apply(Session s, List<Change> changes) {
        for (Change c : changes) {
            s = c.apply(s);
        }
        return s;
    }

    private static List<String> lines(String file) {
        return List.of(text(file).split("\n"));
    }

    private static String text(String file) {
        try {
            return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
