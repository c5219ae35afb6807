package org.zielbild.ui.spi;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionFeed;
import org.zielbild.ui.common.SessionModel;

/**
 * What a module gets from the shell for one stage: the session (read and change through the
 * model), the stage it runs, the texts in the UI language ({@link #i18n()}, for the laptop) and in
 * the session's language ({@link #roomI18n()}, for everything the projection shows; decision 0062),
 * and the app's clock and id supply: a module never reads the system clock or makes ids itself, so
 * tests can fix both and every timestamp in a session comes from one clock.
 *
 * @param clock what changes are stamped with (note written, vote and round started)
 * @param ids   new ids for what the module adds (boards, notes, rounds, ...)
 */
public record ModuleContext(String stageId, SessionModel session, I18n i18n, I18n roomI18n, Clock clock,
                            Supplier<String> ids) {

    public ModuleContext {
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(i18n, "i18n");
        Objects.requireNonNull(roomI18n, "roomI18n");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
    }

    /** The room speaks the session's language. */
    public ModuleContext(String stageId, SessionModel session, I18n i18n, Clock clock, Supplier<String> ids) {
        this(stageId, session, i18n, i18n.forLanguage(session.session().info().language()), clock, ids);
    }

    /** The stage as it is now (its title or prompts may have been edited). */
    public Stage stage() {
        return session.session().agenda().require(stageId);
    }

    /** The session, read-only: what a projection is built from (it can apply no change). */
    public SessionFeed feed() {
        return session.feed();
    }
}
