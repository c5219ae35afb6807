package org.zielbild.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.session.RecoveryOption;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionUnavailableException;

/**
 * Why a stored session cannot be opened or read, in words for the user: damaged, with what can be
 * recovered (0022), or saved by a newer version (0021).
 */
final class Refusals {

    private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

    private final SessionReader reader;
    private final int currentVersion;

    Refusals(SessionReader reader, int currentVersion) {
        this.reader = reader;
        this.currentVersion = currentVersion;
    }

    /** Which files are damaged and why, and the recovery options: what the journal recovered, the last good backup. */
    SessionDamagedException damaged(SessionReader.Contents contents, String fallbackTitle) {
        String title = contents.snapshot().map(s -> s.session().info().title()).orElse(fallbackTitle);
        String source = contents.files().folder().toString();
        List<RecoveryOption> options = new ArrayList<>();
        contents.replay().ifPresent(r -> options.add(new RecoveryOption(RecoveryOption.Kind.JOURNAL, r.applied() == 0
                ? Message.of("store.recover.snapshot", when(contents.snapshot().get().savedAt()))
                : Message.of("store.recover.journal", when(r.lastAt()), r.applied()),
                r.state(), source)));
        reader.newestGoodBackup(contents.files()).ifPresent(b -> {
            boolean sameAsJournal = options.stream().anyMatch(o -> o.state().equals(b.state()));
            if (!sameAsJournal) {
                options.add(new RecoveryOption(RecoveryOption.Kind.BACKUP,
                        Message.of("store.recover.backup", when(b.lastAt())), b.state(), source));
            }
        });
        List<Message> problems = contents.damage().stream().map(Damage::message).toList();
        LOG.warn("session {} is damaged: {}", source, contents.damage());
        return new SessionDamagedException(Message.of("store.open.damaged", title, source), problems, options, source);
    }

    /** {@code name} was saved by a newer version of the app. */
    SessionUnavailableException newer(String name, NewerSchemaException e) {
        return new SessionUnavailableException(Message.of("store.open.newer", name, e.version(), currentVersion), e);
    }

    /** A moment for a message: the UI formats it in its language. */
    private static Date when(Instant at) {
        return Date.from(at == null ? Instant.EPOCH : at);
    }
}
