package org.zielbild.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;

/** settings.json as people leave it: written by the app, cut off, edited by hand. */
class SettingsStoreTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("config").resolve("settings.json");
    }

    @Test
    void whatIsSavedLoadsAgain() throws Exception {
        SettingsStore store = new SettingsStore(file());
        Settings settings = Settings.defaults(Language.DE).withWorkspace("/data/workshops").withRecentFolder("/media/usb/day");
        store.save(settings);
        assertThat(new SettingsStore(file()).load(Language.EN)).isEqualTo(settings);
        try (var files = Files.list(file().getParent())) {
            assertThat(files.toList()).as("no temp file left behind").containsExactly(file());
        }
    }

    @Test
    void aDamagedFileIsSetAsideAndTheUserIsTold() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"language\":\"DE\", \"workspace\": nul");
        SettingsStore store = new SettingsStore(file());
        assertThat(store.load(Language.EN)).isEqualTo(Settings.defaults(Language.EN));
        assertThat(store.loadProblem()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("settings.damaged"));
        assertThat(file()).doesNotExist();
        try (var files = Files.list(file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("settings.damaged-");
        }
    }

    @Test
    void handEditedGapsMeanTheDefaultsNotTheCurrentFolder() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"language\":\"DE\",\"workspace\":\"  \",\"recentFolders\":[null,\"\",\"/a\"],"
                + "\"room\":{\"chimeVolume\":400},\"unknown\":1}");
        SettingsStore store = new SettingsStore(file());
        Settings loaded = store.load(Language.EN);
        assertThat(store.loadProblem()).isEmpty();
        assertThat(loaded.language()).isEqualTo(Language.DE);
        assertThat(loaded.workspace()).as("blank means the default workspace").isNull();
        assertThat(loaded.recentFolders()).isEqualTo(List.of("/a"));
        assertThat(loaded.room().chimeVolume()).isEqualTo(100);
    }

    @Test
    void aWorkspaceMustBeAFullPathToAFolderThatCanBeWritten() throws Exception {
        assertThat(WorkspaceCheck.problem("sessions")).hasValueSatisfying(
                m -> assertThat(m.key()).isEqualTo("settings.workspace.relative"));
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertThat(WorkspaceCheck.problem(file.resolve("below").toString())).hasValueSatisfying(
                m -> assertThat(m.key()).isEqualTo("settings.workspace.notWritable"));
        Path fresh = dir.resolve("new").resolve("workspace");
        assertThat(WorkspaceCheck.problem(fresh.toString())).isEmpty();
        assertThat(fresh).isDirectory().isEmptyDirectory();
    }
}
