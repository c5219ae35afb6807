package org.zielbild.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.zielbild.domain.coaching.Coaching;

/**
 * Jackson mix-in for {@link org.zielbild.domain.Session}: a slice added after files were first
 * written is left out while it is empty, so a session that never used it is written byte for byte as
 * before (the stored samples stay as they are) and an older app can still open it. Reading an absent
 * slice gives the empty one (the session's constructor). Decision 0130.
 */
abstract class SessionSlicesMixin {

    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyCoaching.class)
    Coaching coaching;

    /** Jackson's filter: true means "leave out". */
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
