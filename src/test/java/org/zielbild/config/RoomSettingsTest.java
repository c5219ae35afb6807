package org.zielbild.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;

class RoomSettingsTest {

    @TempDir
    Path dir;

    @Test
    void anOlderSettingsFileGetsTheRoomDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\":\"DE\",\"workspace\":null,\"recentFolders\":[]}");
        Settings s = new SettingsStore(file).load(Language.EN);
        assertThat(s.language()).isEqualTo(Language.DE);
        assertThat(s.room()).isEqualTo(RoomSettings.defaults());
        assertThat(s.room().chimeOn()).isTrue();
        assertThat(s.room().chimeVolume()).isEqualTo(RoomSettings.DEFAULT_VOLUME);
        assertThat(s.room().projectorTheme()).isEqualTo(ProjectorTheme.LIGHT);
    }

    @Test
    void roomSettingsSurviveSavingAndLoading() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings s = Settings.defaults(Language.EN)
                .withRoom(RoomSettings.defaults().withChime(false, 35).withProjectorTheme(ProjectorTheme.DARK))
                .withRecentFolder("/tmp/a");
        store.save(s);
        assertThat(store.load(Language.EN)).isEqualTo(s);
    }

    @Test
    void theVolumeStaysWithinZeroAndAHundred() {
        assertThat(new RoomSettings(true, 140, null).chimeVolume()).isEqualTo(100);
        assertThat(new RoomSettings(true, -3, null).chimeVolume()).isEqualTo(0);
    }
}
