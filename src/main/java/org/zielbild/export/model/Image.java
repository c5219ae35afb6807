package org.zielbild.export.model;

import java.util.Objects;

/**
 * A PNG picture for the minutes, drawn by the app (a board as the wall shows it); the command line
 * has none.
 *
 * @param key     what it shows, e.g. {@code board:<board id>} or {@code poster:<stage id>}: the section that owns it asks by this key
 * @param caption the alternative text and the caption
 */
public record Image(String key, String caption, byte[] png, int width, int height) {

    public Image {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(png, "png");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty picture");
        }
    }

    /** The key of a board's picture. */
    public static String boardKey(String boardId) {
        return "board:" + boardId;
    }

    /** The key of the target-picture poster made on a stage. */
    public static String posterKey(String stageId) {
        return "poster:" + stageId;
    }
}
