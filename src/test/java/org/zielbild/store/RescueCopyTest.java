package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.OpenSession;
import org.zielbild.session.RescueCopy;
import org.zielbild.session.RescuePlace;
import org.zielbild.session.SaveStatus;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionSummary;
import org.zielbild.session.SessionUnavailableException;
import org.zielbild.ui.common.I18n;

/**
 * Issue 17, case 4 (decision 0084): the rescue copy goes where the user is told, on another disk
 * than the failing one when there is one and never silently to a temporary folder; a folder the
 * user chose comes first; opening the session later offers the newer copy.
 */
class RescueCopyTest {

    @TempDir
    Path home;

    private final StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
    private final FaultyFileOps ops = new FaultyFileOps();

    /** The workspace and the app's data on disk A, the home folder on disk B, the temp folder in memory. */
    private RescuePlaces places() {
        Path sessions = home.resolve("disk-a");
        Map<String, RescuePlaces.Disk> disks = Map.of(
                "disk-a", new RescuePlaces.Disk("A", false),
                "disk-b", new RescuePlaces.Disk("B", false),
                "tmp", new RescuePlaces.Disk("T", true));
        return new RescuePlaces(sessions.resolve("app-rescue"),
                List.of(sessions.resolve("app-rescue"), home.resolve("disk-b").resolve("rescue copies"), home.resolve("tmp").resolve("r")),
                dir -> Optional.ofNullable(disks.get(home.relativize(dir.toAbsolutePath()).getName(0).toString())));
    }

    private WorkspaceSessionLibrary library(RescuePlaces places) {
        return new WorkspaceSessionLibrary(home.resolve("disk-a").resolve("sessions"), places, StoreTestSupport.ticking(), ops,
                StoreTestSupport.FAST, new StoreTestSupport.DeletingTrash(), Migrations.standard());
    }

    @Test
    void placesOnAnotherLastingDiskComeFirstThenTheSameDiskThenATemporaryFolder() {
        List<RescuePlace> ranked = places().ranked(home.resolve("disk-a").resolve("sessions").resolve("s"));
        assertThat(ranked).extracting(RescuePlace::folder).containsExactly(
                home.resolve("disk-b").resolve("rescue copies").toString(),
                home.resolve("disk-a").resolve("app-rescue").toString(),
                home.resolve("tmp").resolve("r").toString());
        assertThat(ranked).extracting(RescuePlace::otherDisk).containsExactly(true, false, true);
        assertThat(ranked).extracting(RescuePlace::survivesRestart).containsExactly(true, true, false);
    }

    @Test
    void aFullDiskSendsTheCopyToTheOtherDiskSaysExactlyWhereAndTheSessionOffersItLater() throws Exception {
        RescuePlaces places = places();
        WorkspaceSessionLibrary library = library(places);
        ops.scope = home.resolve("disk-a"); // the whole disk A is full: workspace and the app's data
        SessionSummary summary;
        RescueCopy copy;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Full disk day"), fx)) {
            summary = library.list().get(0);
            ops.set(FaultyFileOps.Fault.DISK_FULL);
            add(open.service(), 0, 3);
            fx.await(open.service(), SaveStatus::failing);
            RescuePlace plan = open.rescuePlace().orElseThrow();
            assertThat(plan.folder()).isEqualTo(home.resolve("disk-b").resolve("rescue copies").toString());
            assertThat(plan.otherDisk()).isTrue();
            copy = open.saveRescueCopy();
            assertThat(Path.of(copy.file())).exists().hasParent(home.resolve("disk-b").resolve("rescue copies"));
        }
        assertThat(Files.list(home.resolve("disk-b").resolve("rescue copies")).toList()).as("closing wrote no second copy")
                .containsExactly(Path.of(copy.file()));

        ops.set(FaultyFileOps.Fault.NONE);
        try (OpenSession again = library.open(summary, fx)) {
            assertThat(again.service().session().roster().participants()).as("the folder never got them").isEmpty();
            assertThat(again.newerCopies()).extracting(RescueCopy::file).containsExactly(copy.file());
            SessionSummary imported = library.importFrom(Path.of(again.newerCopies().get(0).file()));
            assertThat(imported.title()).isEqualTo("Full disk day");
            add(again.service(), 10, 11);
            fx.awaitSaved(again.service());
        }
        try (OpenSession later = library.open(summary, fx)) {
            assertThat(later.newerCopies()).as("the session has moved on since the copy").isEmpty();
        }
    }

    @Test
    void whenThePlannedPlaceFailsTooTheCopyGoesToTheNextAndTheAnswerSaysWhere() throws Exception {
        WorkspaceSessionLibrary library = library(places());
        ops.scope = home.resolve("disk-a");
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Two disks fail"), fx)) {
            ops.set(FaultyFileOps.Fault.READ_ONLY);
            add(open.service(), 0, 2);
            fx.await(open.service(), SaveStatus::failing);
            ops.alsoScope = List.of(home.resolve("disk-b")); // now both disks refuse, only the memory one is left
            RescueCopy copy = open.saveRescueCopy();
            assertThat(Path.of(copy.file())).exists().hasParent(home.resolve("tmp").resolve("r"));
            ops.alsoScope = List.of();
        }
    }

    @Test
    void aChosenFolderComesFirstIsRememberedAndNoPlaceAtAllIsSaidInWords() throws Exception {
        RescuePlaces places = places();
        WorkspaceSessionLibrary library = library(places);
        Path stick = Files.createDirectories(home.resolve("disk-b").resolve("usb stick"));
        ops.scope = home.resolve("disk-a");
        try (OpenSession open = library.create(StoreTestSupport.templateSession("On the stick"), fx)) {
            ops.set(FaultyFileOps.Fault.DISK_FULL);
            add(open.service(), 0, 1);
            fx.await(open.service(), SaveStatus::failing);
            open.chooseRescueFolder(stick);
            assertThat(open.rescuePlace().orElseThrow().folder()).isEqualTo(stick.toString());
            RescueCopy copy = open.saveRescueCopy();
            assertThat(Path.of(copy.file())).hasParent(stick);
            assertThat(new RescuePlaces(home.resolve("elsewhere"), List.of(), d -> Optional.empty()).newerThan("x", null))
                    .isEmpty();

            ops.scope = home;
            assertThatThrownBy(open::saveRescueCopy).isInstanceOfSatisfying(SessionUnavailableException.class, e ->
                    assertThat(new I18n(Language.EN).text(e.userMessage())).isEqualTo("No copy could be saved in any of "
                            + stick + ", " + home.resolve("disk-b").resolve("rescue copies") + ", "
                            + home.resolve("disk-a").resolve("app-rescue") + ", " + home.resolve("tmp").resolve("r")
                            + ". The last one answered: the disk of " + home.resolve("tmp").resolve("r") + " is full."));
            ops.scope = home.resolve("disk-a");
        }
    }

    private static void add(SessionService service, int from, int to) {
        for (int i = from; i < to; i++) {
            service.apply(AddParticipant.atEnd(new Participant("p" + i, "Person " + i, null)));
        }
    }
}
