package org.zielbild.ui.shell.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.session.InMemorySessionLibrary;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionLibrary;
import org.zielbild.session.SessionSummary;
import org.zielbild.testing.ShellTestSupport;

class StartViewModelTest {

    private final InMemorySessionLibrary library = new InMemorySessionLibrary(ShellTestSupport.CLOCK);
    private final List<OpenSession> opened = new ArrayList<>();
    private final StartViewModel vm = new StartViewModel(library, Language.DE, LocalDate.of(2026, 11, 23),
            Runnable::run, Runnable::run, opened::add);

    @Test
    void createsASessionFromTheTemplateInTheChosenLanguage() {
        assertThat(vm.canCreate().get()).isFalse();
        vm.titleProperty().set("  Zielbild 2027 ");
        vm.placeProperty().set("Köln");
        assertThat(vm.canCreate().get()).isTrue();
        vm.create();
        assertThat(opened).hasSize(1);
        var session = opened.get(0).service().session();
        assertThat(session.info().title()).isEqualTo("Zielbild 2027");
        assertThat(session.info().language()).isEqualTo(Language.DE);
        assertThat(session.agenda().stages()).hasSize(7);
        assertThat(session.agenda().stages().get(0).title()).isEqualTo("Begrüßung");
        vm.refresh();
        assertThat(vm.sessions()).extracting(SessionSummary::title).containsExactly("Zielbild 2027");
    }

    @Test
    void aBadTitleIsExplainedAndNothingIsCreated() {
        vm.titleProperty().set("x".repeat(200));
        vm.create();
        assertThat(opened).isEmpty();
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.textTooLong");
    }

    @Test
    void aSessionThatCannotBeOpenedIsExplained() {
        vm.openFolder(Path.of("/nowhere"));
        assertThat(opened).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo(Message.of("error.session.notFound", "/nowhere"));
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theLibraryIsPreparedOnceOnTheBackgroundWhenAskedNotByListing() {
        int[] prepared = new int[1];
        List<Runnable> background = new ArrayList<>();
        SessionLibrary counting = (SessionLibrary) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionLibrary.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareToOpen")) {
                        prepared[0]++;
                        return null;
                    }
                    return method.invoke(library, args);
                });
        StartViewModel model = new StartViewModel(counting, Language.EN, LocalDate.of(2026, 11, 23),
                background::add, Runnable::run, opened::add);
        model.refresh();
        background.remove(0).run();
        assertThat(model.listLoadedProperty().get()).isTrue();
        assertThat(background).as("listing leaves the preparing to the screen").isEmpty();

        model.prepareToOpen();
        model.prepareToOpen();
        assertThat(prepared[0]).as("not on the calling thread").isZero();
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(prepared[0]).isEqualTo(1);
    }

    @Test
    void preparingWhileTheAppClosesIsQuiet() {
        java.util.concurrent.ExecutorService closed = java.util.concurrent.Executors.newSingleThreadExecutor();
        closed.shutdown();
        StartViewModel model = new StartViewModel(library, Language.EN, LocalDate.of(2026, 11, 23),
                closed, Runnable::run, opened::add);
        model.prepareToOpen(); // the executor refuses: no exception reaches the JavaFX thread
        assertThat(model.errorProperty().get()).isNull();
    }
}
