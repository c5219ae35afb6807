package org.zielbild.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * packaging/linux/zielbild-start.sh, run for real against a fake installed app: its
 * {@code lib/runtime/bin/java} and its native launcher {@code bin/zielbild} only print what they
 * were given, so the tests see the exact command line the script makes (decision 0093).
 */
class StartScriptTest {

    private static final Path SCRIPT = Path.of("packaging/linux/zielbild-start.sh");
    /** Prints its working folder, JAVA_TOOL_OPTIONS and then each argument, NUL-terminated (arguments may hold anything). */
    private static final String PRINT_ARGS = "#!/bin/sh\nprintf '%s\\0' \"$(pwd)\" \"$JAVA_TOOL_OPTIONS\" \"$@\"\n";
    private static final List<String> USER_ARGS = List.of("assign", "people list.csv", "it's", "say \"hi\"", "", "$HOME", "a\\b");

    @TempDir
    Path temp;
    /** The install folder; its name has a space, a quote and a dollar, like nothing a package would choose. */
    private Path root;
    private Path appDir;

    @BeforeEach
    void installFakeApp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        root = temp.resolve("opt/zielbild 'studio' $x");
        appDir = Files.createDirectories(root.resolve("lib/app"));
        executable(Files.copy(SCRIPT, appDir.resolve("zielbild-start.sh")));
        executable(Files.writeString(Files.createDirectories(root.resolve("lib/runtime/bin")).resolve("java"), PRINT_ARGS));
        executable(Files.writeString(Files.createDirectories(root.resolve("bin")).resolve("zielbild"),
                PRINT_ARGS.replace("\"$@\"", "native \"$@\"")));
        // As jpackage writes it: the main jar's line before the main class, the libraries after it.
        Files.writeString(appDir.resolve("zielbild.cfg"), """
                [Application]
                app.classpath=$APPDIR/zielbild-studio.jar
                app.mainclass=org.zielbild.Launcher
                app.classpath=$APPDIR/lib/javafx base.jar

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-XX:SharedArchiveFile=$APPDIR/zielbild.jsa
                java-options=-Dzielbild.odd=it's "$HOME" in $ROOTDIR and $BINDIR, \\n $APPDIRS $PATH
                """);
    }

    private List<String> expectedJavaArgs() {
        String app = appDir.toString();
        return List.of("-classpath", app + "/zielbild-studio.jar:" + app + "/lib/javafx base.jar",
                "-Djpackage.app-version=0.1.0",
                "-XX:SharedArchiveFile=" + app + "/zielbild.jsa",
                "-Dzielbild.odd=it's \"$HOME\" in " + root + " and " + root + "/bin, \\n " + app + "S $PATH",
                "-Djpackage.app-path=" + root.resolve("bin/zielbild"),
                "org.zielbild.Launcher");
    }

    @Test
    void startsTheBundledJavaWithTheLauncherSettingsAndTheArgumentsAsGiven() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("a folder"));
        Run run = run(elsewhere, Map.of("JAVA_TOOL_OPTIONS", "-Dzielbild.startupProbe=bench"),
                appDir.resolve("zielbild-start.sh").toString(), USER_ARGS);

        assertThat(run.status).as(run.stderr).isZero();
        assertThat(run.cwd()).as("the command line reads files relative to where it is called").isEqualTo(elsewhere.toString());
        assertThat(run.javaToolOptions()).as("the startup probe reaches the JVM").isEqualTo("-Dzielbild.startupProbe=bench");
        List<String> expected = new ArrayList<>(expectedJavaArgs());
        expected.addAll(USER_ARGS);
        assertThat(run.args()).containsExactlyElementsOf(expected);
    }

    @Test
    void withoutArgumentsTheMainClassIsLast() throws Exception {
        Run run = run(temp, Map.of(), appDir.resolve("zielbild-start.sh").toString(), List.of());
        assertThat(run.args()).containsExactlyElementsOf(expectedJavaArgs());
    }

    @Test
    void throughALinkOnThePathLikeUsrBinZielbild() throws Exception {
        Path usrBin = Files.createDirectories(temp.resolve("usr/bin"));
        Path hop = Files.createSymbolicLink(temp.resolve("hop"), appDir.resolve("zielbild-start.sh"));
        // Relative, and through a second link: both are resolved step by step.
        Files.createSymbolicLink(usrBin.resolve("zielbild"), Path.of("../../hop"));
        // Found on the PATH by a shell, as a user types it (Java would search its own PATH, not the child's).
        List<String> typed = new ArrayList<>(List.of("-c", "exec zielbild \"$@\"", "sh"));
        typed.addAll(USER_ARGS);
        Run run = run(temp, Map.of("PATH", usrBin + ":/bin"), "/bin/sh", typed);

        assertThat(run.status).as(run.stderr).isZero();
        assertThat(hop).isSymbolicLink();
        List<String> expected = new ArrayList<>(expectedJavaArgs());
        expected.addAll(USER_ARGS);
        assertThat(run.args()).containsExactlyElementsOf(expected);
    }

    @Test
    void calledByARelativePathWithCdpathSet() throws Exception {
        // cd would search CDPATH for lib/app/../.. and print where it went, into the script's folder.
        Files.createDirectories(temp.resolve("elsewhere/lib/app"));
        List<String> typed = new ArrayList<>(List.of("-c", "exec lib/app/zielbild-start.sh \"$@\"", "sh", "x y"));
        Run run = run(root, Map.of("CDPATH", temp.resolve("elsewhere").toString()), "/bin/sh", typed);
        List<String> expected = new ArrayList<>(expectedJavaArgs());
        expected.add("x y");
        assertThat(run.args()).as(run.stderr).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "bash"})
    void readsTheSameWithEachShell(String shell) throws Exception {
        assumeTrue(Platform.onPath(shell), shell + " is not installed");
        Run run = run(temp, Map.of(), shell, List.of(appDir.resolve("zielbild-start.sh").toString(), "x y"));
        List<String> expected = new ArrayList<>(expectedJavaArgs());
        expected.add("x y");
        assertThat(run.args()).as(run.stderr).containsExactlyElementsOf(expected);
    }

    @Test
    void withoutTheBundledJavaTheNativeLauncherStartsWithTheSameArguments() throws Exception {
        Files.delete(root.resolve("lib/runtime/bin/java"));
        Run run = run(temp, Map.of(), appDir.resolve("zielbild-start.sh").toString(), USER_ARGS);
        List<String> expected = new ArrayList<>(List.of("native"));
        expected.addAll(USER_ARGS);
        assertThat(run.args()).containsExactlyElementsOf(expected);
    }

    @Test
    void settingsItDoesNotKnowGoToTheNativeLauncher() throws Exception {
        // e.g. a later jpackage, or default arguments (--arguments), which this script does not handle.
        Files.writeString(appDir.resolve("zielbild.cfg"), "\n[ArgOptions]\narguments=--help\n", java.nio.file.StandardOpenOption.APPEND);
        Run run = run(temp, Map.of(), appDir.resolve("zielbild-start.sh").toString(), USER_ARGS);
        List<String> expected = new ArrayList<>(List.of("native"));
        expected.addAll(USER_ARGS);
        assertThat(run.args()).containsExactlyElementsOf(expected);
        assertThat(run.stderr).contains("arguments=--help", ClassListTraining.SCRIPT_HANDS_OVER);
    }

    @Test
    void aSettingsFileWithoutMainClassGoesToTheNativeLauncher() throws Exception {
        Files.writeString(appDir.resolve("zielbild.cfg"), "[Application]\napp.classpath=$APPDIR/x.jar\n");
        Run run = run(temp, Map.of(), appDir.resolve("zielbild-start.sh").toString(), List.of("--help"));
        assertThat(run.args()).containsExactly("native", "--help");
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Run run(Path cwd, Map<String, String> env, String command, List<String> args) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of(command));
        commandLine.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(commandLine).directory(cwd.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), new String(out, StandardCharsets.UTF_8), stderr);
    }

    /** What the fake java or native launcher printed: working folder, JAVA_TOOL_OPTIONS, arguments. */
    private record Run(int status, String stdout, String stderr) {
        private List<String> fields() {
            assertThat(stdout).as("nothing printed; stderr: " + stderr).endsWith("\0");
            return Arrays.asList(stdout.substring(0, stdout.length() - 1).split("\0", -1));
        }

        String cwd() {
            return fields().get(0);
        }

        String javaToolOptions() {
            return fields().get(1);
        }

        List<String> args() {
            return fields().subList(2, fields().size());
        }
    }
}
