package org.zielbild.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the installers for the system it runs on: {@code ./mvnw -Ppackage verify} runs it after
 * the jar is made (see packaging/README.md). Steps: the icons; on Linux an app image started once
 * to record the classes of a start (for the class-data archive made on installation); then the
 * installers, each with a jlink runtime and two launchers, from the argument files in
 * packaging/jpackage: .deb and .rpm on Linux, .msi on Windows, .dmg on macOS. Everything goes to
 * target/jpackage; the installers to target/jpackage/installers.
 *
 * <p>Arguments: the project folder and the project version. System property
 * {@code zielbild.package.types} (e.g. {@code deb}) narrows the installer types.
 */
public final class Installers {

    static final Path ARGS = Path.of("packaging/jpackage");
    /** Shipped in lib/app of the Linux packages: the class-data archive's dump, the start script (decision 0093). */
    static final List<String> LINUX_SCRIPTS = List.of("zielbild-cds.sh", "zielbild-start.sh");

    /** The first JDK whose class-data archive links the classes ahead (JEP 483): the bundled runtime should be one. */
    static final int FAST_START_JDK = 24;

    private final Path project;
    private final String version;
    private final Platform platform = Platform.current();

    Installers(Path project, String version) {
        this.project = project;
        this.version = version;
    }

    public static void main(String[] args) throws Exception {
        new Installers(Path.of(args[0]).toAbsolutePath(), appVersion(args[1])).build();
    }

    /** jpackage wants numbers only (and MSI at most three parts): 0.1.0-SNAPSHOT becomes 0.1.0. */
    static String appVersion(String projectVersion) {
        String numbers = projectVersion.replaceFirst("[-+].*$", "");
        if (!numbers.matches("\\d+(\\.\\d+){0,2}")) {
            throw new IllegalArgumentException("version " + projectVersion + " does not start with 1 to 3 numbers");
        }
        return numbers;
    }

    void build() throws IOException, InterruptedException {
        if (Runtime.version().feature() < FAST_START_JDK) {
            System.out.println("[packaging] WARNING: built with JDK " + Runtime.version().feature()
                    + ": the installed app starts about a third slower than with a runtime of JDK " + FAST_START_JDK
                    + " or newer (run Maven with JAVA_HOME set to one; decisions 0091, 0092)");
        }
        Path work = project.resolve("target/jpackage");
        deleteTree(work);
        new IconFiles(project.resolve("assets/icon.png"), project.resolve("src/main/resources/org/zielbild/ui/icons"))
                .writeAll(work.resolve("icons"));
        Path input = appInput(work.resolve("input"));
        String name = argFile("app.txt").value("--name");

        if (platform == Platform.LINUX) {
            recordClassList(work, input, name);
        }
        // Each installer is made from the jars (not from the image above): only then does jpackage
        // know the second launcher's settings (no desktop entry for `zielbild`).
        Path installers = work.resolve("installers");
        for (String type : types()) {
            jpackage(List.of("--type", type, "--input", input.toString(), "--dest", installers.toString()),
                    "app.txt", "image.txt", "image-" + platform.id + ".txt", "installer-" + platform.id + ".txt");
        }
        try (Stream<Path> built = Files.list(installers)) {
            built.forEach(p -> System.out.println("[packaging] built " + project.relativize(p)));
        }
    }

    /**
     * An app image, started once to record the classes of a start; the list goes into the jars'
     * folder, so every installer carries it (the packages make the archive from it on installation).
     */
    private void recordClassList(Path work, Path input, String name) throws IOException, InterruptedException {
        Path images = work.resolve("image");
        jpackage(List.of("--type", "app-image", "--input", input.toString(), "--dest", images.toString()),
                "app.txt", "image.txt", "image-" + platform.id + ".txt");
        // Recorded outside the image: JAVA_TOOL_OPTIONS cannot name a path with a space ("Zielbild Studio").
        Path classList = work.resolve("training/zielbild.classlist");
        seedTrainingHome(work.resolve("training/home"));
        // Started the way the packages start it: through the start script, which also proves it reads
        // the settings this jpackage writes (the training fails if it hands over to the native launcher).
        ClassListTraining.record(images.resolve(name).resolve("lib/app/zielbild-start.sh"), classList, work.resolve("training"));
        Files.copy(classList, input.resolve("zielbild.classlist"));
    }

    private ArgFile argFile(String name) throws IOException {
        return ArgFile.read(project.resolve(ARGS).resolve(name));
    }

    /** The jars as jpackage takes them, and on Linux the scripts the packages run (LINUX_SCRIPTS). */
    private Path appInput(Path input) throws IOException {
        Path jar = project.resolve("target/zielbild-studio.jar");
        if (!Files.exists(jar)) {
            throw new IOException(jar + " is missing: run the package phase first (./mvnw -Ppackage verify)");
        }
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        try (Stream<Path> libs = Files.list(project.resolve("target/lib"))) {
            for (Path lib : libs.toList()) {
                Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        if (platform == Platform.LINUX) {
            for (String script : LINUX_SCRIPTS) {
                Path copy = Files.copy(project.resolve("packaging/linux").resolve(script), input.resolve(script));
                // The start script is run directly (menu entry, /usr/bin/zielbild); jpackage keeps the mode.
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        return input;
    }

    /** A session in the training run's start screen, so listing and drawing it is in the class list too. */
    private void seedTrainingHome(Path home) throws IOException {
        Path sample = project.resolve("src/test/resources/store/samples/v1/session");
        Path session = Files.createDirectories(home.resolve("sessions/sample"));
        for (String file : List.of("session.json", "journal.jsonl")) {
            Files.copy(sample.resolve(file), session.resolve(file));
        }
    }

    private List<String> types() {
        String wanted = System.getProperty("zielbild.package.types", "");
        List<String> types = wanted.isBlank() ? platform.types : Arrays.asList(wanted.split(","));
        List<String> out = new ArrayList<>();
        for (String type : types) {
            if (type.equals("rpm") && !Platform.onPath("rpmbuild")) {
                System.out.println("[packaging] no .rpm: rpmbuild is not installed (apt-get install rpm)");
            } else {
                out.add(type.strip());
            }
        }
        return out;
    }

    private void jpackage(List<String> options, String... argFiles) throws IOException {
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("--app-version", version));
        for (String file : argFiles) {
            args.addAll(argFile(file).resolvedAgainst(project));
        }
        ToolProvider tool = ToolProvider.findFirst("jpackage")
                .orElseThrow(() -> new IOException("jpackage is missing: build with a JDK 17 or newer"));
        System.out.println("[packaging] jpackage " + String.join(" ", args));
        int status = tool.run(System.out, System.err, args.toArray(String[]::new));
        if (status != 0) {
            throw new IOException("jpackage failed (" + status + ") for " + String.join(" ", options));
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
