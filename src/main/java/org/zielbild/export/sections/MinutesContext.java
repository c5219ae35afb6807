package org.zielbild.export.sections;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zielbild.domain.Session;
import org.zielbild.export.model.Image;

/**
 * What a section reads: the session, the minutes' words, the moment of the export (a stage still
 * running is counted up to it) and the pictures the app handed in.
 */
public record MinutesContext(Session session, MinutesTexts texts, Instant now, Map<String, Image> images) {

    public MinutesContext {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(now, "now");
        images = Map.copyOf(images);
    }

    public Optional<Image> image(String key) {
        return Optional.ofNullable(images.get(key));
    }

    /** The agenda's title of a stage, or "" when it is gone. */
    public String stageTitle(String stageId) {
        return session.agenda().find(stageId).map(s -> s.title()).orElse("");
    }
}
