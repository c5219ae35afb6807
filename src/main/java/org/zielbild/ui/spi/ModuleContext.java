package org.zielbild.ui.spi;

import java.util.Objects;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;

/**
 * What a module gets from the shell for one stage: the session (read and change through the
 * model), the stage it runs, the texts in the UI language ({@link #i18n()}, for the laptop) and in
 * the session's language ({@link #roomI18n()}, for everything the projection shows; decision 0062).
 */
public record ModuleContext(String stageId, SessionModel session, I18n i18n, I18n roomI18n) {

    public ModuleContext {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(i18n, "i18n");
        Objects.requireNonNull(roomI18n, "roomI18n");
    }

    /** The room speaks the session's language. */
    public ModuleContext(String stageId, SessionModel session, I18n i18n) {
        this(stageId, session, i18n, i18n.forLanguage(session.session().info().language()));
    }

    /** The stage as it is now (its title or prompts may have been edited). */
    public Stage stage() {
        return session.session().agenda().require(stageId);
    }
}
