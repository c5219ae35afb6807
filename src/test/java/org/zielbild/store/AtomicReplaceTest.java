package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows: a virus scanner holding the target makes the move fail for a while; we wait, we never copy. */
class AtomicReplaceTest {

    @TempDir
    Path dir;

    /** Plays Windows: the first {@code busy} moves are refused with "access denied". */
    private static final class BusyWindows extends FileOps {
        final AtomicInteger attempts = new AtomicInteger();
        final int busy;

        BusyWindows(int busy) {
            this.busy = busy;
        }

        @Override
        boolean windows() {
            return true;
        }

        @Override
        void atomicMove(Path source, Path target) throws IOException {
            if (attempts.incrementAndGet() <= busy) {
                throw new AccessDeniedException(target.toString());
            }
            super.atomicMove(source, target);
        }
    }

    @Test
    void aBriefAccessDeniedOnWindowsIsWaitedOut() throws Exception {
        Path target = Files.writeString(dir.resolve("session.json"), "old");
        Path temp = Files.writeString(dir.resolve("session.json.1.tmp"), "new");
        BusyWindows ops = new BusyWindows(3);
        AtomicReplace.move(ops, temp, target);
        assertThat(ops.attempts.get()).isEqualTo(4);
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(temp).doesNotExist();
    }

    @Test
    void aLastingAccessDeniedFailsAndLeavesTheOldFileWhole() throws Exception {
        Path target = Files.writeString(dir.resolve("session.json"), "old");
        Path temp = Files.writeString(dir.resolve("session.json.1.tmp"), "new");
        BusyWindows ops = new BusyWindows(Integer.MAX_VALUE);
        assertThatThrownBy(() -> AtomicReplace.move(ops, temp, target)).isInstanceOf(AccessDeniedException.class);
        assertThat(ops.attempts.get()).isEqualTo(AtomicReplace.ATTEMPTS);
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void elsewhereAccessDeniedIsNotRetriedAndAMissingAtomicMoveIsNeverReplacedByACopy() throws Exception {
        Path target = Files.writeString(dir.resolve("session.json"), "old");
        Path temp = Files.writeString(dir.resolve("session.json.1.tmp"), "new");
        FileOps linux = new FileOps() {
            @Override
            boolean windows() {
                return false;
            }

            @Override
            void atomicMove(Path source, Path t) throws IOException {
                throw new AccessDeniedException(t.toString());
            }
        };
        assertThatThrownBy(() -> AtomicReplace.move(linux, temp, target)).isInstanceOf(AccessDeniedException.class);
        FileOps noAtomic = new FileOps() {
            @Override
            void atomicMove(Path source, Path t) throws IOException {
                throw new AtomicMoveNotSupportedException(source.toString(), t.toString(), "other file system");
            }
        };
        assertThatThrownBy(() -> AtomicReplace.move(noAtomic, temp, target)).isInstanceOf(AtomicMoveNotSupportedException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
    }
}
