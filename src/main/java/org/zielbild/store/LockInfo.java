package org.zielbild.store;

import java.net.InetAddress;
import java.time.Instant;

/**
 * Who holds a session open, written next to the lock so a refused user learns where.
 *
 * @param processStart when the holding process started, to tell a live holder from a reused pid
 */
record LockInfo(String host, String user, long pid, Instant processStart, Instant since) {

    static LockInfo current(Instant now) {
        ProcessHandle self = ProcessHandle.current();
        return new LockInfo(hostName(), System.getProperty("user.name", "?"), self.pid(),
                self.info().startInstant().orElse(null), now);
    }

    /** Whether this names a process on this computer that is still running. */
    boolean aliveHere() {
        if (!hostName().equals(host)) {
            return false;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> processStart == null || p.info().startInstant().map(processStart::equals).orElse(true))
                .isPresent();
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? System.getenv().getOrDefault("COMPUTERNAME", "?") : env;
        }
    }
}
