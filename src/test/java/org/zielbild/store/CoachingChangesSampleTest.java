package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.ChangeCatalog;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;

/**
 * The coach round as the version that added it wrote it ({@link CoachingChangesSample}): every
 * {@code coaching.*} name of the catalog is in the journal, every line and snapshot reads and writes
 * back to the same bytes, and opening replays to what that version replayed. Never regenerate the files.
 */
class CoachingChangesSampleTest {

    private static final Path SAMPLE = Path.of("src", "test", "resources", "store", "samples", "v1", "coaching-changes");

    /** The coaching names when the sample was written; names are never removed or renamed. */
    static final Set<String> NAMES = new TreeSet<>(List.of("coaching.coach.add", "coaching.coach.remove",
            "coaching.coach.edit", "coaching.order", "coaching.plan", "coaching.step", "coaching.forbid.add",
            "coaching.forbid.remove", "coaching.pin", "coaching.question.add", "coaching.question.remove",
            "coaching.question.answered", "coaching.ballot.cast", "coaching.ballot.withdraw", "coaching.ballot.restore",
            "coaching.ballot.shown", "coaching.ballot.shownForget", "coaching.run.add", "coaching.run.remove"));

    @TempDir
    Path home;

    private final StoreCodec codec = new StoreCodec();

    @Test
    void theJournalUsesEveryCoachingNameAndTheCatalogKnowsThemAll() throws Exception {
        Set<String> used = SampleFolders.changeTypes(SAMPLE);
        used.removeIf(name -> !name.startsWith("coaching."));
        assertThat(used).isEqualTo(NAMES);
        assertThat(ChangeCatalog.all().keySet().stream().filter(n -> n.startsWith("coaching.")).toList())
                .containsExactlyInAnyOrderElementsOf(NAMES);
    }

    @Test
    void everyLineAndSnapshotReadsAndWritesBackToTheSameBytes() throws Exception {
        SampleFolders.journalWritesBackTheSameBytes(SAMPLE, codec);
        SampleFolders.snapshotsWriteBackTheSameBytes(SAMPLE, codec);
    }

    @Test
    void openingReplaysTheRoundToWhatThatVersionWrote() throws Exception {
        Path folder = home.resolve("coaching");
        DamageTest.copyTree(SAMPLE, folder);
        Files.delete(folder.resolve("replayed.json"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx)) {
            SessionService s = open.service();
            Session session = s.session();
            assertThat(session.coaching().coaches()).hasSize(3);
            assertThat(session.coaching().orderSeed()).isEqualTo(42L);
            assertThat(session.coaching().ballots()).hasSize(2);
            assertThat(session.coaching().ballotsShown()).hasSize(1);
            assertThat(session.coaching().pins()).hasSize(1);
            assertThat(session.coaching().runs()).hasSize(1);
            assertThat(session.coaching().view().step()).isEqualTo(CoachingStep.ANNOUNCEMENT);
            Snapshot replayed = codec.readSnapshot(Files.readAllBytes(SAMPLE.resolve("replayed.json")));
            assertThat(session).isEqualTo(replayed.session());
            assertThat(s.state().history()).isEqualTo(replayed.history());
            fx.awaitSaved(s);
        }
    }

}
