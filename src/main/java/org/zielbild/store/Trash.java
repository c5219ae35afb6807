package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Path;

/** Where deleted sessions go. */
interface Trash {

    /** Whether {@link #remove} moves to the OS trash (true) or deletes for good (false). */
    boolean movesToTrash();

    void remove(Path folder) throws IOException;
}
