package org.zielbild.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.zielbild.domain.Session;
import org.zielbild.export.model.Image;
import org.zielbild.export.sections.TableOptions;

/**
 * What to export: the session as it is now, which parts of the minutes, the pictures the app drew,
 * and the moment and time zone the day's times are told in.
 *
 * @param parts  which parts (by key) go into the minutes; all when {@code p -> true}
 * @param images pictures by key (a board's: {@code Image.boardKey(id)}); none from the command line
 */
public record MinutesRequest(Session session, Predicate<String> parts, Map<String, Image> images, TableOptions tables,
                             ZoneId zone, Instant now) {

    public MinutesRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(parts, "parts");
        images = Map.copyOf(images);
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
    }

    /** Everything, without pictures: what the command line writes. */
    public static MinutesRequest all(Session session, ZoneId zone, Instant now) {
        return new MinutesRequest(session, p -> true, Map.of(), TableOptions.DEFAULT, zone, now);
    }

    public MinutesRequest withTables(TableOptions options) {
        return new MinutesRequest(session, parts, images, options, zone, now);
    }
}
