package org.zielbild.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zielbild.domain.Language;

/**
 * settings.json read and written with the streaming API (decision 0090): what earlier versions
 * wrote still loads, anything saved loads back as it was, and a member of the wrong kind makes the
 * file damaged (set aside, defaults used), never half-read.
 */
class SettingsJsonTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("settings.json");
    }

    @Test
    void aFileAsTheEarlierVersionWroteItLoads() throws Exception {
        Files.writeString(file(), """
                {
                  "language" : "DE",
                  "workspace" : "/home/anna/Workshops",
                  "recentFolders" : [ "/media/usb/Tag 1", "/home/anna/alt" ],
                  "room" : {
                    "chime" : false,
                    "chimeVolume" : 35,
                    "projectorTheme" : "DARK"
                  }
                }""");
        SettingsStore store = new SettingsStore(file());
        assertThat(store.load(Language.EN)).isEqualTo(new Settings(Language.DE, "/home/anna/Workshops",
                List.of("/media/usb/Tag 1", "/home/anna/alt"), new RoomSettings(false, 35, ProjectorTheme.DARK)));
        assertThat(store.loadProblem()).isEmpty();
    }

    @Test
    void whatIsSavedLoadsBackAsItWas() throws Exception {
        Random random = new Random(20261206);
        String[] texts = {"", " ", "/data", "C:\\Users\\Jörg\\Workshops", "/tmp/\"quoted\"", "/x/\u202Eevil", "/emoji/🎯", "a\nb", "\u0000"};
        for (int i = 0; i < 200; i++) {
            List<String> recent = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                recent.add(texts[random.nextInt(texts.length)]);
            }
            Settings settings = new Settings(Language.values()[random.nextInt(Language.values().length)],
                    random.nextBoolean() ? null : texts[random.nextInt(texts.length)], recent,
                    new RoomSettings(random.nextBoolean(), random.nextInt(101),
                            ProjectorTheme.values()[random.nextInt(ProjectorTheme.values().length)]));
            SettingsStore store = new SettingsStore(file());
            store.save(settings);
            assertThat(new SettingsStore(file()).load(Language.EN)).as("round %d", i).isEqualTo(settings);
        }
    }

    @Test
    void unknownMembersOfANewerVersionAreSkipped() throws Exception {
        Files.writeString(file(), "{\"future\":{\"a\":[1,{\"b\":null}]},\"language\":\"DE\",\"room\":{\"later\":[true],\"chime\":true}}");
        SettingsStore store = new SettingsStore(file());
        Settings loaded = store.load(Language.EN);
        assertThat(loaded.language()).isEqualTo(Language.DE);
        assertThat(loaded.room().chimeOn()).isTrue();
        assertThat(store.loadProblem()).isEmpty();
    }

    @Test
    void nullMeansTheDefaults() throws Exception {
        Files.writeString(file(), "null");
        assertThat(new SettingsStore(file()).load(Language.DE)).isEqualTo(Settings.defaults(Language.DE));
    }

    @Test
    void aHugeFileIsSetAsideUnread() throws Exception {
        Files.write(file(), new byte[(int) SettingsStore.MAX_BYTES + 1]);
        SettingsStore store = new SettingsStore(file());
        assertThat(store.load(Language.DE)).isEqualTo(Settings.defaults(Language.DE));
        assertThat(store.loadProblem()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("settings.damaged"));
        assertThat(file()).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"language\":\"FR\"}",
            "{\"language\":1}",
            "{\"room\":{\"chimeVolume\":\"loud\"}}",
            "{\"room\":{\"chime\":\"yes\"}}",
            "{\"room\":[]}",
            "{\"recentFolders\":\"/a\"}",
            "{\"recentFolders\":[1]}",
            "{\"workspace\":{}}",
            "[\"DE\"]",
            "{\"language\":\"DE\"} {\"language\":\"EN\"}",
            "{\"language\":\"DE\""})
    void aMemberOfTheWrongKindMakesTheFileDamaged(String text) throws Exception {
        Files.writeString(file(), text);
        SettingsStore store = new SettingsStore(file());
        assertThat(store.load(Language.EN)).isEqualTo(Settings.defaults(Language.EN));
        assertThat(store.loadProblem()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("settings.damaged"));
        assertThat(file()).as("set aside, not deleted").doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).singleElement().satisfies(f -> assertThat(Files.readString(f)).isEqualTo(text));
        }
    }
}
