package org.zielbild.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.zielbild.domain.mandate.Mandates;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.target.TargetPicture;

/**
 * Components added to existing records after files were released are not written while they hold
 * their default: a session that does not use the target picture, mandates or the coach round, a
 * participant who is present.
 * Files then stay byte for byte what the version before wrote (the stored samples check that), and
 * an older app can still open them; reading a missing component gives the default (0070, 0110, 0130).
 */
final class DefaultsLeftOut {

    private DefaultsLeftOut() {
    }

    /** For {@code Session}: no {@code target}, {@code mandates} or {@code coaching} while each is empty. */
    abstract static class SessionMixin {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyTarget.class)
        TargetPicture target;

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyMandates.class)
        Mandates mandates;

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyCoaching.class)
        Coaching coaching;
    }

    /** For {@link Participant}: no {@code absent} while they are present. */
    abstract static class ParticipantMixin {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        boolean absent;
    }

    /** Jackson's value filter: "equal" means "leave out". */
    static final class EmptyTarget {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof TargetPicture t && t.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Jackson's value filter for the mandates: "equal" means "leave out". */
    static final class EmptyMandates {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof Mandates m && m.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Jackson's value filter for the coach round: "equal" means "leave out". */
    static final class EmptyCoaching {
        @Override
        public boolean equals(Object value) {
            return value == null || Coaching.empty().equals(value);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
