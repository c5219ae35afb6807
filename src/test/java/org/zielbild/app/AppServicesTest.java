package org.zielbild.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.config.AppDirs;
import org.zielbild.session.SessionLibrary;
import org.zielbild.store.WorkspaceSessionLibrary;

/** The services made while JavaFX starts are the ones the app uses (decision 0090). */
class AppServicesTest {

    @Test
    void preparedServicesComeFromTheAppsFolders() {
        AppServices.prepare();
        AppServices services = AppServices.get();
        assertThat(services.dirs()).isEqualTo(AppDirs.detect());
        assertThat(((WorkspaceSessionLibrary) services.library()).workspace())
                .isEqualTo(services.dirs().defaultWorkspace().toAbsolutePath().normalize());
        assertThat(services.modules().all()).isNotEmpty();
    }

    @Test
    void theLibraryMadeAheadServesTheFirstSettingsAndAnotherWorkspaceGetsItsOwn(@TempDir Path elsewhere) {
        AppServices services = AppServices.make();
        assertThat(services.libraryFactory().apply(services.settings())).isSameAs(services.library());
        SessionLibrary other = services.libraryFactory().apply(services.settings().withWorkspace(elsewhere.toString()));
        assertThat(other).isNotSameAs(services.library());
        assertThat(((WorkspaceSessionLibrary) other).workspace()).isEqualTo(elsewhere.toAbsolutePath().normalize());
    }
}
