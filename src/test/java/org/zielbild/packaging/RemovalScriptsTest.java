package org.zielbild.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb's prerm and the .rpm's %preun, filled in the way JDK 17's and JDK 25's jpackage fill
 * them in (each knows other placeholders for its shell functions), then run against a fake
 * installation: removal must end well, take the menu entry, the /usr/bin link and the archive
 * away, and leave a `zielbild` that is not ours.
 */
class RemovalScriptsTest {

    /** JDK 25 puts its helpers at these placeholders; DESKTOP_COMMANDS_UNINSTALL calls them. */
    private static final String JDK25_HELPERS = """
            do_if_file_belongs_to_single_package () { [ "$package_type" = "$EXPECTED_TYPE" ] || exit 1; shift; "$@"; }
            """;

    @TempDir
    Path temp;
    private Path appDir;
    private Path link;
    private Path archive;
    private Path menuRemoved;

    @BeforeEach
    void installFakeApp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        appDir = Files.createDirectories(temp.resolve("opt/zielbild-studio"));
        Path start = Files.writeString(Files.createDirectories(appDir.resolve("lib/app")).resolve("zielbild-start.sh"), "");
        archive = Files.writeString(appDir.resolve("lib/app/zielbild.jsa"), "archive");
        link = Files.createSymbolicLink(Files.createDirectories(temp.resolve("usr/bin")).resolve("zielbild"), start);
        menuRemoved = temp.resolve("menu-removed");
    }

    @Test
    void debPrermAsJdk17FillsItIn() throws Exception {
        String prerm = asJdk17(deb(Files.readString(Path.of("packaging/linux/prerm"))));
        assertRemoves(run(prerm, "deb", "remove"));
    }

    @Test
    void debPrermAsJdk25FillsItIn() throws Exception {
        String prerm = asJdk25(deb(Files.readString(Path.of("packaging/linux/prerm"))));
        assertRemoves(run(prerm, "deb", "remove"));
    }

    @Test
    void rpmPreunAsJdk17AndJdk25FillThemIn() throws Exception {
        String preun = rpm(preun(Files.readString(Path.of("packaging/linux/zielbild-studio.spec"))));
        assertRemoves(run(asJdk17(preun), "rpm", "0"));
        installFakeApp();
        assertRemoves(run(asJdk25(preun), "rpm", "0"));
    }

    @Test
    void anUpgradeOfTheRpmKeepsTheLinkForTheNewVersion() throws Exception {
        String preun = rpm(preun(Files.readString(Path.of("packaging/linux/zielbild-studio.spec"))));
        assertThat(run(asJdk25(preun), "rpm", "1")).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(archive).exists();
    }

    @Test
    void aZielbildCommandOfSomeoneElseStays() throws Exception {
        Files.delete(link);
        Files.createSymbolicLink(link, Path.of("/usr/local/other/zielbild"));
        assertThat(run(asJdk25(deb(Files.readString(Path.of("packaging/linux/prerm")))), "deb", "remove")).isZero();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/usr/local/other/zielbild"));
    }

    private void assertRemoves(int status) {
        assertThat(status).isZero();
        assertThat(link).doesNotExist();
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(archive).doesNotExist();
        assertThat(menuRemoved).as("the menu entry's removal ran").exists();
    }

    /** JDK 17: its helpers (none without file associations) at UTILITY_SCRIPTS; plain commands. */
    private String asJdk17(String script) {
        return script.replace("UTILITY_SCRIPTS", "")
                .replace("DESKTOP_COMMANDS_UNINSTALL", "touch '" + menuRemoved + "'");
    }

    private String asJdk25(String script) {
        return script.replace("COMMON_SCRIPTS", JDK25_HELPERS).replace("DESKTOP_SCRIPTS", "")
                .replace("DESKTOP_COMMANDS_UNINSTALL", "do_if_file_belongs_to_single_package x touch '" + menuRemoved + "'");
    }

    private String deb(String prerm) {
        return prerm.replace("/usr/bin/zielbild", temp.resolve("usr/bin/zielbild").toString())
                .replace("/opt/zielbild-studio", appDir.toString());
    }

    private String rpm(String preun) {
        return preun.replace("/usr/bin/zielbild", temp.resolve("usr/bin/zielbild").toString())
                .replace("APPLICATION_DIRECTORY", appDir.toString());
    }

    /** The spec's %preun section, up to the next section. */
    private static String preun(String spec) {
        String section = spec.substring(spec.indexOf("\n%preun\n") + "\n%preun\n".length());
        return section.substring(0, section.indexOf("\n%"));
    }

    private int run(String script, String type, String argument) throws IOException, InterruptedException {
        Path file = Files.writeString(temp.resolve("script-" + type + ".sh"), script);
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", file.toString(), argument).redirectErrorStream(true);
        builder.environment().put("EXPECTED_TYPE", type);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        assertThat(output).as("no command went missing").doesNotContain("not found");
        return status;
    }
}
