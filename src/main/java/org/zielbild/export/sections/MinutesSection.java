package org.zielbild.export.sections;

import java.util.List;
import org.zielbild.export.model.DataTable;

/**
 * One slice's share of the minutes: its parts of the document, each placed in the day, and its
 * spreadsheet tables. A section reads the session through the domain's own result functions
 * ({@code MoodStats}, {@code DotVoteResults}, ...) so the minutes show the numbers the wall
 * showed, and puts into the parts only what may be printed (never a name from an anonymous round,
 * never who gave which dot or rank). With no data it returns nothing and the minutes leave it out.
 *
 * <p>A new slice adds one class implementing this and one line in {@link MinutesSections#standard()}
 * (docs/decisions/0140 has the steps).
 */
public interface MinutesSection {

    /** The parts for this session, each at the stage it belongs to; empty when the slice has no data. */
    List<PlacedPart> parts(MinutesContext context);

    /** The slice's CSV tables; a table with no rows is left out by the caller. */
    default List<DataTable> tables(MinutesContext context, TableOptions options) {
        return List.of();
    }
}
