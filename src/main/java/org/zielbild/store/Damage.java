package org.zielbild.store;

import java.nio.file.Path;
import org.zielbild.domain.Message;

/** One damaged file and why, in words for the user. */
record Damage(Path file, Message reason) {

    /** "file: reason", for the user. */
    Message message() {
        return Message.of("store.damage.line", file.toString(), reason);
    }
}
