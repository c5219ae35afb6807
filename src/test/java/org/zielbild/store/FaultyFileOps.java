package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * File operations that fail on demand the way real disks do: "No space left on device" (after
 * writing half of the buffer, as a full disk does), a read-only file system, or access denied.
 * Also counts calls and can slow down {@code force} to play a slow disk.
 */
class FaultyFileOps extends FileOps {

    enum Fault { NONE, DISK_FULL, READ_ONLY, DENIED }

    final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);
    final AtomicInteger forceDelayMillis = new AtomicInteger();
    final AtomicInteger writes = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();

    /** Faults hit only files under this folder (null: everywhere), e.g. the disk the workspace is on. */
    volatile Path scope;
    /** More folders the faults hit besides {@link #scope}. */
    volatile java.util.List<Path> alsoScope = java.util.List.of();

    void set(Fault f) {
        fault.set(f);
    }

    private void check(Path file) throws IOException {
        Path where = scope;
        Path absolute = file.toAbsolutePath();
        if (where != null && !absolute.startsWith(where.toAbsolutePath())
                && alsoScope.stream().noneMatch(p -> absolute.startsWith(p.toAbsolutePath()))) {
            return;
        }
        switch (fault.get()) {
            case NONE -> {
            }
            case DISK_FULL -> {
                failures.incrementAndGet();
                throw new FileSystemException(file.toString(), null, "No space left on device");
            }
            case READ_ONLY -> {
                failures.incrementAndGet();
                throw new FileSystemException(file.toString(), null, "Read-only file system");
            }
            case DENIED -> {
                failures.incrementAndGet();
                throw new AccessDeniedException(file.toString());
            }
        }
    }

    @Override
    FileChannel openAppend(Path file) throws IOException {
        check(file);
        return new Faulty(super.openAppend(file), file);
    }

    @Override
    FileChannel createNew(Path file) throws IOException {
        check(file);
        return new Faulty(super.createNew(file), file);
    }

    @Override
    void atomicMove(Path source, Path target) throws IOException {
        check(target);
        super.atomicMove(source, target);
    }

    @Override
    void linkOrCopy(Path existing, Path link) throws IOException {
        check(link);
        super.linkOrCopy(existing, link);
    }

    @Override
    void createDirectories(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            check(dir);
        }
        super.createDirectories(dir);
    }

    @Override
    void createSubfolder(Path dir) throws IOException {
        check(dir);
        super.createSubfolder(dir);
    }

    /** A channel whose writes fail half-way while a fault is set. */
    private final class Faulty extends FileChannel {
        private final FileChannel inner;
        private final Path file;

        Faulty(FileChannel inner, Path file) {
            this.inner = inner;
            this.file = file;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            writes.incrementAndGet();
            if (fault.get() != Fault.NONE && src.remaining() > 1) {
                // A full disk takes part of the data before it refuses the rest.
                ByteBuffer half = src.duplicate();
                half.limit(half.position() + src.remaining() / 2);
                int n = inner.write(half);
                src.position(src.position() + n);
                check(file);
            }
            return inner.write(src);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            int delay = forceDelayMillis.get();
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            check(file);
            inner.force(metaData);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            inner.truncate(size); // a full disk still lets you shrink a file
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return inner.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return inner.read(dsts, offset, length);
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            check(file);
            return inner.write(srcs, offset, length);
        }

        @Override
        public long position() throws IOException {
            return inner.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            inner.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return inner.size();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return inner.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            check(file);
            return inner.transferFrom(src, position, count);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return inner.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            check(file);
            return inner.write(src, position);
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return inner.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return inner.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return inner.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            inner.close();
        }
    }
}
