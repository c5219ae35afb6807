package org.zielbild.ui.modules.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.SessionService;
import org.zielbild.testing.TempAttachments;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

/**
 * A coach's photo goes through the session's attachments (decision 0111): a picture is kept and
 * reaches the wall as a URL; a file that is no picture is refused with the reason in the user's
 * language and the coach keeps what they had; a session without a folder says it keeps no files.
 */
class CoachPhotoTest {

    @TempDir
    Path dir;

    private CoachingViewModel round(SessionAttachments attachments) {
        Session s = CoachingSample.build(Language.DE);
        SessionModel model = new SessionModel(SessionService.inMemory(s), attachments, Notifier.SILENT);
        AtomicInteger ids = new AtomicInteger();
        return new CoachingViewModel(model, Clock.fixed(CoachingSample.T0, ZoneOffset.UTC), () -> "x" + ids.incrementAndGet(),
                new I18n(Language.DE));
    }

    @Test
    void aPictureIsKeptWithTheSessionAndShownOnTheWall() {
        CoachingViewModel vm = round(new TempAttachments(dir.resolve("session")));
        String anna = vm.model().session().coaching().coaches().get(0).id();
        assertThat(vm.coaches().attachPhoto(anna, PortraitPictures.portrait(dir, "anna", 30))).isTrue();
        String reference = vm.model().session().coaching().requireCoach(anna).photo();
        assertThat(reference).isNotBlank().doesNotContain("/");
        assertThat(vm.coaches().photoUrl(vm.model().session().coaching().requireCoach(anna)))
                .hasValueSatisfying(url -> assertThat(url).startsWith("file:").endsWith(reference));
        String name = vm.model().session().coaching().requireCoach(anna).name();
        assertThat(vm.feed().room().coaches()).filteredOn(c -> c.name().equals(name)).singleElement()
                .satisfies(c -> assertThat(c.photo()).endsWith(reference));
    }

    @Test
    void aFileThatIsNoPictureIsRefusedInGermanAndNothingChanges() throws Exception {
        CoachingViewModel vm = round(new TempAttachments(dir.resolve("session")));
        String anna = vm.model().session().coaching().coaches().get(0).id();
        Path text = Files.writeString(dir.resolve("lebenslauf.png"), "kein Bild");
        Session before = vm.model().session();
        assertThat(vm.coaches().attachPhoto(anna, text)).isFalse();
        assertThat(new I18n(Language.DE).text(vm.coaches().problemProperty().get()))
                .contains("„lebenslauf.png“ ist kein Bild");
        assertThat(vm.model().session()).isSameAs(before);
    }

    @Test
    void aSessionWithoutAFolderKeepsNoPhotoAndSaysSo() {
        CoachingViewModel vm = round(SessionAttachments.NONE);
        String anna = vm.model().session().coaching().coaches().get(0).id();
        assertThat(vm.coaches().attachPhoto(anna, PortraitPictures.portrait(dir, "anna", 30))).isFalse();
        assertThat(new I18n(Language.EN).text(vm.coaches().problemProperty().get())).contains("keeps no files");
        assertThat(vm.model().session().coaching().requireCoach(anna).hasPhoto()).isFalse();
    }
}
