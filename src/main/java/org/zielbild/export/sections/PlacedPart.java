package org.zielbild.export.sections;

import java.util.Objects;
import org.zielbild.export.model.MinutesPart;

/**
 * A part and where it goes in the day: at the opening (before the first stage) or at a stage of
 * the agenda.
 *
 * @param stageId null for the opening
 */
public record PlacedPart(String stageId, MinutesPart part) {

    public PlacedPart {
        Objects.requireNonNull(part, "part");
    }

    public static PlacedPart opening(MinutesPart part) {
        return new PlacedPart(null, part);
    }

    public static PlacedPart atStage(String stageId, MinutesPart part) {
        return new PlacedPart(Objects.requireNonNull(stageId, "stageId"), part);
    }
}
