package org.zielbild.domain.target;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;

/**
 * Why a stage was left while the picture as a whole had not carried: the facilitator's words,
 * recorded for the minutes.
 *
 * @param roundId the latest rating round when it was recorded (the result it answers); null before any round
 */
public record UnmetReason(String id, String stageId, String reason, String roundId, Instant at) {

    public static final int MAX_REASON = 1000;

    public UnmetReason {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stageId, "stageId");
        reason = reason == null ? "" : reason;
    }

    UnmetReason validated() {
        String r = Texts.multiLine(reason);
        if (r.isEmpty()) {
            throw DomainException.of("error.target.reasonEmpty");
        }
        if (Texts.length(r) > MAX_REASON) {
            throw DomainException.of("error.textTooLong", MAX_REASON, Texts.length(r));
        }
        return new UnmetReason(id, stageId, r, roundId, at);
    }
}
