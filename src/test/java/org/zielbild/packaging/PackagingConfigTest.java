package org.zielbild.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.cli.Cli;

/**
 * The installers' configuration is valid without building them (that takes minutes: ./mvnw
 * -Ppackage verify): the argument files name files that exist, the icons are made, the main class
 * and the launchers are the build's, and the runtime has every JDK module the app uses.
 */
class PackagingConfigTest {

    private static final Path ARGS = Installers.ARGS;
    private static final String ICONS = "target/jpackage/icons/";

    @Test
    void argumentFilesNameOnlyFilesThatExistOrThatTheBuildMakes() throws IOException {
        List<ArgFile> files = argFiles();
        assertThat(files).extracting(f -> f.path().getFileName().toString()).contains("app.txt", "image.txt",
                "image-linux.txt", "image-windows.txt", "image-mac.txt",
                "installer-linux.txt", "installer-windows.txt", "installer-mac.txt");
        for (ArgFile file : files) {
            for (Map.Entry<String, String> path : file.paths()) {
                if (path.getValue().startsWith(ICONS)) {
                    assertThat(IconFiles.FILES).as(file.path() + " " + path).contains(path.getValue().substring(ICONS.length()));
                } else {
                    assertThat(Path.of(path.getValue())).as(file.path() + " " + path.getKey()).exists();
                }
            }
        }
    }

    @Test
    void eachSystemGetsItsIconFormat() throws IOException {
        assertThat(arg("image-linux.txt").value("--icon")).isEqualTo(ICONS + "zielbild.png");
        assertThat(arg("image-windows.txt").value("--icon")).isEqualTo(ICONS + "zielbild.ico");
        assertThat(arg("image-mac.txt").value("--icon")).isEqualTo(ICONS + "zielbild.icns");
    }

    @Test
    void iconsAreMadeFromTheAppIcon(@TempDir Path out) throws IOException {
        new IconFiles(Path.of("assets/icon.png"), Path.of("src/main/resources/org/zielbild/ui/icons")).writeAll(out);
        assertThat(IconFiles.FILES).allSatisfy(name -> assertThat(out.resolve(name)).isNotEmptyFile());
        assertThat(ImageIO.read(out.resolve("zielbild.png").toFile()).getWidth()).isEqualTo(256);

        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(out.resolve("zielbild.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type 1: icon").isEqualTo((short) 1);
        assertThat(ico.getShort(4)).isEqualTo((short) IconFiles.ICO_SIZES.size());
        for (int i = 0; i < IconFiles.ICO_SIZES.size(); i++) {
            int size = IconFiles.ICO_SIZES.get(i);
            int entry = 6 + 16 * i;
            assertThat(Byte.toUnsignedInt(ico.get(entry))).isEqualTo(size % 256);
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertThat(offset + length).isLessThanOrEqualTo(ico.capacity());
            if (size == 256) {
                assertThat(ImageIO.read(new ByteArrayInputStream(ico.array(), offset, length)).getWidth()).isEqualTo(256);
            } else {
                assertThat(ico.getInt(offset)).as("BITMAPINFOHEADER").isEqualTo(40);
                assertThat(ico.getInt(offset + 4)).isEqualTo(size);
                assertThat(ico.getInt(offset + 8)).as("height doubled for the mask").isEqualTo(2 * size);
                assertThat(ico.getInt(offset + 4 * size * (size / 2) + 40 + 4 * (size / 2)) >>> 24)
                        .as("the middle pixel is opaque").isEqualTo(255);
            }
        }

        byte[] icns = Files.readAllBytes(out.resolve("zielbild.icns"));
        ByteBuffer mac = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(mac.getInt(4)).isEqualTo(icns.length);
        List<String> types = new ArrayList<>();
        for (int at = 8; at < icns.length; at += mac.getInt(at + 4)) {
            String type = new String(icns, at, 4, StandardCharsets.US_ASCII);
            types.add(type);
            int width = ImageIO.read(new ByteArrayInputStream(icns, at + 8, mac.getInt(at + 4) - 8)).getWidth();
            assertThat(width).as(type).isEqualTo(IconFiles.ICNS_TYPES.get(type));
        }
        assertThat(types).containsExactlyElementsOf(IconFiles.ICNS_TYPES.keySet());
    }

    @Test
    void mainJarAndMainClassAreTheBuilds() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        ArgFile image = arg("image.txt");
        assertThat(image.value("--main-class")).isEqualTo(tag(pom, "main.class"));
        assertThat(image.value("--main-jar")).isEqualTo(tag(pom, "finalName") + ".jar");
        var main = Class.forName(image.value("--main-class")).getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).isTrue();
    }

    @Test
    void theSecondLauncherIsTheCommandLineWithAConsole() throws IOException {
        String launcher = arg("image.txt").value("--add-launcher");
        assertThat(launcher).startsWith("zielbild=");
        Properties props = new Properties();
        try (var in = Files.newInputStream(Path.of(launcher.substring("zielbild=".length())))) {
            props.load(in);
        }
        assertThat(props.getProperty("win-console")).isEqualTo("true");
        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        Cli.standard().run(new String[] {"--help"}, new PrintStream(usage, true, StandardCharsets.UTF_8), System.err);
        assertThat(usage.toString(StandardCharsets.UTF_8)).as("the CLI calls itself by the launcher's name")
                .startsWith("Usage: zielbild ").contains("assign");
    }

    @Test
    void linuxScriptsPointAtTheInstalledFiles() throws IOException {
        String appDir = linuxAppDir();
        String start = appDir + "/lib/app/zielbild-start.sh";
        assertThat(Path.of(arg("installer-linux.txt").value("--resource-dir"))).isEqualTo(Path.of("packaging/linux"));
        assertThat(linuxFile("postinst")).contains("DESKTOP_COMMANDS_INSTALL", "ln -sf " + start + " /usr/bin/zielbild",
                "sh " + appDir + "/lib/app/zielbild-cds.sh");
        assertThat(linuxFile("prerm")).contains("DESKTOP_COMMANDS_UNINSTALL", start + "|", "rm -f /usr/bin/zielbild",
                "rm -f " + appDir + "/lib/app/zielbild.jsa");
        assertThat(linuxFile("zielbild-studio.spec")).contains("%post", "%preun", "DESKTOP_COMMANDS_INSTALL",
                "DESKTOP_COMMANDS_UNINSTALL", "ln -sf APPLICATION_DIRECTORY/lib/app/zielbild-start.sh /usr/bin/zielbild",
                "sh APPLICATION_DIRECTORY/lib/app/zielbild-cds.sh", "rm -f APPLICATION_DIRECTORY/lib/app/zielbild.jsa");
        assertThat(arg("image-linux.txt").value("--java-options")).isEqualTo("-XX:SharedArchiveFile=$APPDIR/zielbild.jsa");
        assertThat(linuxFile("zielbild-cds.sh")).as("the archive is dumped for the start script's class path")
                .contains("lib/app/zielbild.jsa", "lib/app/zielbild.classlist", "-Xshare:dump", "\"$APP_DIR/lib/app/zielbild-start.sh\" --help");
    }

    @Test
    void theMenuEntriesAndTheCommandLineStartThroughTheStartScript() throws IOException {
        String start = linuxAppDir() + "/lib/app/zielbild-start.sh";
        String second = secondLauncher();
        // jpackage takes "<launcher name>.desktop" from the resource folder in place of its template.
        for (String launcher : List.of(arg("app.txt").value("--name"), second)) {
            assertThat(linuxFile(launcher + ".desktop")).as(launcher).contains("[Desktop Entry]", "Icon=APPLICATION_ICON")
                    .containsOnlyOnce("\nExec=" + start + "\n");
        }
        assertThat(Installers.LINUX_SCRIPTS).as("copied into lib/app of the image").contains("zielbild-start.sh");
        // It reads the settings jpackage writes for the second launcher and hands over to that launcher.
        assertThat(linuxFile("zielbild-start.sh")).startsWith("#!/bin/sh\n").contains("\ncfg=$app/" + second + ".cfg\n",
                "\nnative=$root/bin/" + second + "\n", "\njava=$root/lib/runtime/bin/java\n",
                ClassListTraining.SCRIPT_HANDS_OVER);
    }

    @Test
    void theSecondLaunchersSettingsAreTheMainOnes() throws IOException {
        // The start script serves both (the main class dispatches on arguments): that holds while the
        // second launcher sets nothing of what goes into its .cfg (main class, options, arguments).
        Properties props = new Properties();
        try (var in = Files.newInputStream(Path.of(arg("image.txt").value("--add-launcher").substring(secondLauncher().length() + 1)))) {
            props.load(in);
        }
        assertThat(props.stringPropertyNames()).isSubsetOf("win-console", "win-shortcut", "win-menu", "linux-shortcut");
    }

    @Test
    void everyInstalledLauncherCompilesWithTheClientCompilerOnly() throws IOException {
        // Decision 0092: the image's options reach every launcher on every system, the command line too.
        assertThat(arg("image.txt").value("--java-options")).isEqualTo("-XX:TieredStopAtLevel=1");
        assertThat(Files.readString(Path.of("packaging/jpackage/zielbild-launcher.properties"))).doesNotContain("java-options");
    }

    @Test
    void linuxScriptsAreValidShell() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here");
        List<String> scripts = new ArrayList<>(List.of("postinst", "prerm"));
        scripts.addAll(Installers.LINUX_SCRIPTS);
        for (String script : scripts) {
            Process check = new ProcessBuilder("/bin/sh", "-n", "packaging/linux/" + script).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.waitFor()).as(script + ": " + output).isZero();
        }
    }

    @Test
    void theRuntimeHasEveryJdkModuleTheAppAndItsLibrariesUse() throws IOException {
        String classpath = System.getProperty("zielbild.runtimeClasspath");
        assumeTrue(classpath != null && !classpath.isBlank(), "run through Maven: it passes the runtime classpath");
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "target/classes"));
        // TilesFX's module descriptor requires modules we leave out (countries, javafx.web/media: see the pom);
        // jdeps would refuse to resolve it, and on the classpath the descriptor plays no part.
        Arrays.stream(classpath.split(java.io.File.pathSeparator)).filter(p -> p.endsWith(".jar"))
                .filter(p -> !Path.of(p).getFileName().toString().startsWith("tilesfx-")).forEach(args::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, args.toArray(String[]::new));
        assertThat(status).isZero();
        List<String> needed = List.of(out.toString(StandardCharsets.UTF_8).strip().split(","));
        List<String> bundled = List.of(arg("image.txt").value("--add-modules").split(","));
        assertThat(needed).contains("java.base");
        assertThat(bundled).containsAll(needed).contains("java.desktop")
                .as("German dates and numbers need the locale data, which jdeps cannot see").contains("jdk.localedata");
        assertThat(arg("image.txt").value("--jlink-options")).contains("--include-locales=en,de", "--generate-cds-archive")
                .doesNotContain("--strip-native-commands");
    }

    @Test
    void versionsBecomeWhatJpackageTakes() {
        assertThat(Installers.appVersion("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
        assertThat(Installers.appVersion("2.3")).isEqualTo("2.3");
        assertThatThrownBy(() -> Installers.appVersion("next")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void argumentFilesAreReadLikeJpackageReadsThem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "# comment\n--name \"Zielbild Studio\"  # trailing\n--flag\n--x a\n");
        assertThat(ArgFile.read(file).words()).containsExactly("--name", "Zielbild Studio", "--flag", "--x", "a");
        Files.writeString(file, "--name \"open\n");
        assertThatThrownBy(() -> ArgFile.read(file)).isInstanceOf(IOException.class).hasMessageContaining("quote");
    }

    /** Where the Linux packages install the app: /opt/zielbild-studio. */
    static String linuxAppDir() throws IOException {
        ArgFile linux = arg("installer-linux.txt");
        return linux.value("--install-dir") + "/" + linux.value("--linux-package-name");
    }

    private static String secondLauncher() throws IOException {
        String launcher = arg("image.txt").value("--add-launcher");
        return launcher.substring(0, launcher.indexOf('='));
    }

    private static String linuxFile(String name) throws IOException {
        return Files.readString(Path.of("packaging/linux", name));
    }

    static ArgFile arg(String name) throws IOException {
        return ArgFile.read(ARGS.resolve(name));
    }

    private static List<ArgFile> argFiles() throws IOException {
        try (Stream<Path> files = Files.list(ARGS)) {
            List<ArgFile> out = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(ArgFile.read(p));
            }
            return out;
        }
    }

    private static String tag(String xml, String tag) {
        Matcher m = Pattern.compile("<" + Pattern.quote(tag) + ">([^<]+)</" + Pattern.quote(tag) + ">").matcher(xml);
        assertThat(m.find()).as(tag).isTrue();
        return m.group(1).strip();
    }
}
