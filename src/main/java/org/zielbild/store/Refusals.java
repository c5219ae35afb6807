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

    private final RecoveryOptions recovery;
    private final int currentVersion;

    Refusals(StoreCodec codec, SessionReader reader) {
        this.recovery = new RecoveryOptions(codec, reader.invariants());
        this.currentVersion = codec.currentVersion();
    }

    /** Which files are damaged and why, and every way back there is, best first (0081). */
    SessionDamagedException damaged(SessionReader.Contents contents, String fallbackTitle) {
        String source = contents.files().folder().toString();
        boolean snapshotFits = contents.damage().stream().noneMatch(d -> d.file().equals(contents.files().snapshot()));
        RecoveryOptions.Found found = recovery.find(contents.files(), contents.snapshot(), snapshotFits);
        String title = contents.snapshot().map(s -> s.session().info().title())
                .or(() -> found.options().stream().findFirst().map(o -> o.state().session().info().title()))
                .or(() -> SnapshotHeader.read(contents.files().snapshot()).map(SnapshotHeader::title))
                .orElse(fallbackTitle);
        List<Message> problems = new ArrayList<>(contents.damage().stream().map(Damage::message).toList());
        problems.addAll(found.notes());
        LOG.warn("session {} is damaged: {}; {} ways back", source, contents.damage(), found.options().size());
        return new SessionDamagedException(Message.of("store.open.damaged", title, source), problems, found.options(),
                source);
    }

    /** {@code name} was saved by a newer version of the app. */
    SessionUnavailableException newer(String name, NewerSchemaException e) {
        return new SessionUnavailableException(Message.of("store.open.newer", name, e.version(), currentVersion), e);
    }

}
