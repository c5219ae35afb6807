package org.zielbild.ui.modules.target;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.WritableImage;
import org.zielbild.domain.Session;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.export.model.Image;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.PngFiles;
import org.zielbild.ui.common.SessionPictures;

/**
 * The target-picture poster for the minutes: the same page as the saved poster file (1920 × 1080,
 * the wall's light colours, the session's title), always the poster, even while a round runs or
 * results are shown, since the minutes list the rounds themselves. Statement pictures are not
 * drawn here: the session's files are reached through the open session, which the minutes'
 * picture source does not have.
 */
public final class TargetPosterPictures implements SessionPictures {

    @Override
    public List<String> keys(Session session) {
        if (session.target().statements().isEmpty()) {
            return List.of();
        }
        return List.of(Image.posterKey(TargetResults.stageOf(session).orElse("")));
    }

    @Override
    public Image draw(Session session, String key) {
        TargetFeed feed = new TargetFeed(new ReadOnlyObjectWrapper<>(WallBuilder.poster(session.target(), s -> null))
                .getReadOnlyProperty());
        WritableImage page = PosterFile.render(feed, new I18n(session.info().language()), session.info().title());
        Optional<String> stage = TargetResults.stageOf(session)
                .flatMap(id -> session.agenda().find(id)).map(s -> s.title());
        String caption = stage.orElse(session.info().title());
        return new Image(key, caption, PngFiles.bytes(page), (int) page.getWidth(), (int) page.getHeight());
    }
}
