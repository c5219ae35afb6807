package org.zielbild.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The three systems the installers are for, and their jpackage installer types. */
public enum Platform {
    LINUX("linux", List.of("deb", "rpm")),
    WINDOWS("windows", List.of("msi")),
    MAC("mac", List.of("dmg"));

    /** The suffix of this system's argument files: {@code image-linux.txt}, {@code installer-linux.txt}. */
    public final String id;
    /** The installer types built here by default (rpm only where rpmbuild is installed). */
    public final List<String> types;

    Platform(String id, List<String> types) {
        this.id = id;
        this.types = types;
    }

    public static Platform current() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("win") ? WINDOWS : os.contains("mac") ? MAC : LINUX;
    }

    /** Whether {@code command} is on the PATH. */
    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }
}
