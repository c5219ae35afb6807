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
    void linuxScriptsPointAtTheInstalledLaunchers() throws IOException {
        ArgFile linux = arg("installer-linux.txt");
        String appDir = linux.value("--install-dir") + "/" + linux.value("--linux-package-name");
        assertThat(Path.of(linux.value("--resource-dir"))).isEqualTo(Path.of("packaging/linux"));
        for (String script : List.of("postinst", "prerm")) {
            String text = Files.readString(Path.of("packaging/linux", script));
            assertThat(text).as(script).contains(appDir + "/bin/zielbild", "/usr/bin/zielbild", appDir + "/lib/app/zielbild");
        }
        assertThat(Files.readString(Path.of("packaging/linux/postinst"))).contains("DESKTOP_COMMANDS_INSTALL",
                appDir + "/lib/app/zielbild-cds.sh");
        assertThat(Files.readString(Path.of("packaging/linux/zielbild-studio.spec"))).contains("%post", "%preun",
                "DESKTOP_COMMANDS_INSTALL", "DESKTOP_COMMANDS_UNINSTALL", "APPLICATION_DIRECTORY/lib/app/zielbild-cds.sh");
        assertThat(arg("image-linux.txt").value("--java-options")).isEqualTo("-XX:SharedArchiveFile=$APPDIR/zielbild.jsa");
        assertThat(Files.readString(Path.of("packaging/linux/zielbild-cds.sh"))).contains("lib/app/zielbild.jsa",
                "lib/app/zielbild.classlist", "-Xshare:dump");
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
        for (String script : List.of("postinst", "prerm", "zielbild-cds.sh")) {
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

    private static ArgFile arg(String name) throws IOException {
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
