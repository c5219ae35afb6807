package org.zielbild.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.zielbild.domain.agenda.Agenda;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.roster.Roster;

/**
 * The built-in template "Target-picture day": the workshop day of the design, in the session's
 * language. Texts live in {@code target-picture-day*.properties}; the shape of the day lives here.
 */
public final class TargetPictureDay {

    /** The module ids the template uses, in the order of the day. */
    public static final String WELCOME = "welcome";
    public static final String REFLECTION = "reflection";
    public static final String CUSTOMER = "customer";
    public static final String TARGET_PICTURE = "target-picture";
    public static final String MANDATES = "mandates";
    public static final String COACHES = "coaches";
    public static final String CLOSING = "closing";

    /** Every module kind the template knows, in the order of the day. */
    public static final List<String> MODULE_IDS =
            List.of(WELCOME, REFLECTION, CUSTOMER, TARGET_PICTURE, MANDATES, COACHES, CLOSING);

    private record Step(String key, String moduleId, int minutes) {
    }

    private static final List<Step> DAY = List.of(
            new Step("welcome", WELCOME, 15),
            new Step("reflection", REFLECTION, 60),
            new Step("customer", CUSTOMER, 75),
            new Step("target", TARGET_PICTURE, 90),
            new Step("mandates", MANDATES, 75),
            new Step("coaches", COACHES, 60),
            new Step("closing", CLOSING, 30));

    private TargetPictureDay() {
    }

    /** The template's stages in {@code language}, with fresh ids. */
    public static List<Stage> stages(Language language, Supplier<String> ids) {
        ResourceBundle texts = ResourceBundle.getBundle("org.zielbild.domain.target-picture-day", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<Stage> stages = new ArrayList<>();
        for (Step step : DAY) {
            String prefix = step.key() + ".";
            List<String> prompts = texts.containsKey(prefix + "prompts")
                    ? Arrays.stream(texts.getString(prefix + "prompts").split("\\|")).map(String::strip).toList()
                    : List.of();
            stages.add(new Stage(ids.get(), texts.getString(prefix + "title"), step.moduleId(), step.minutes(),
                    texts.getString(prefix + "instructions"), prompts).validated());
        }
        return stages;
    }

    /** A new session from the template. */
    public static Session newSession(String sessionId, SessionInfo info, Supplier<String> ids) {
        SessionInfo clean = info.validated();
        return new Session(sessionId, clean, new Agenda(stages(clean.language(), ids)), Roster.empty());
    }
}
