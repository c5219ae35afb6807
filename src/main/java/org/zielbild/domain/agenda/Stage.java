package org.zielbild.domain.agenda;

import java.util.List;
import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;

/**
 * One step of the workshop day.
 *
 * @param moduleId       which workshop module runs this stage (e.g. {@code reflection})
 * @param timeBoxMinutes planned duration
 * @param instructions   short notes for the facilitator (never projected)
 * @param prompts        module-specific prompts, e.g. the areas of a board or the guiding questions
 */
public record Stage(String id, String title, String moduleId, int timeBoxMinutes, String instructions,
                    List<String> prompts) {

    public static final int MAX_TITLE = 80;
    public static final int MAX_INSTRUCTIONS = 2000;
    public static final int MAX_TIME_BOX = 24 * 60;

    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(moduleId, "moduleId");
        instructions = instructions == null ? "" : instructions;
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }

    Stage withTitle(String newTitle) {
        return new Stage(id, newTitle, moduleId, timeBoxMinutes, instructions, prompts);
    }

    Stage withTimeBox(int minutes) {
        return new Stage(id, title, moduleId, minutes, instructions, prompts);
    }

    Stage withInstructions(String text) {
        return new Stage(id, title, moduleId, timeBoxMinutes, text, prompts);
    }

    /** Cleans the texts and checks the limits; the form every stage has inside a session. */
    public Stage validated() {
        String t = Texts.singleLine(title);
        if (t.isEmpty()) {
            throw DomainException.of("error.stage.titleEmpty");
        }
        if (Texts.length(t) > MAX_TITLE) {
            throw DomainException.of("error.textTooLong", MAX_TITLE, Texts.length(t));
        }
        if (timeBoxMinutes < 1 || timeBoxMinutes > MAX_TIME_BOX) {
            throw DomainException.of("error.stage.timeBox", 1, MAX_TIME_BOX);
        }
        String i = Texts.multiLine(instructions);
        if (Texts.length(i) > MAX_INSTRUCTIONS) {
            throw DomainException.of("error.textTooLong", MAX_INSTRUCTIONS, Texts.length(i));
        }
        if (moduleId.isBlank()) {
            throw DomainException.of("error.stage.module");
        }
        return new Stage(id, t, moduleId, timeBoxMinutes, i, prompts.stream().map(Texts::multiLine).toList());
    }
}
