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
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.MandateTeams;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;

/**
 * The mandate change names as the version of 2026-12 wrote them: every journal line and snapshot
 * reads back to the same bytes and replays to what that version wrote. Written by
 * {@link MandateChangesSample}; never regenerate them.
 */
class MandateChangesSampleTest {

    private static final Path SAMPLE = Path.of("src", "test", "resources", "store", "samples", "v1", "mandate-changes");

    /** The names this sample froze; names are never removed or renamed. */
    static final Set<String> NAMES = new TreeSet<>(List.of("mandate.text", "mandate.value", "mandate.statement.link",
            "mandate.statement.unlink", "mandate.guideline.add", "mandate.guideline.text", "mandate.guideline.remove",
            "mandate.guideline.move", "mandate.behaviour.add", "mandate.behaviour.edit", "mandate.behaviour.remove",
            "mandate.move", "mandate.restore", "mandate.action.add", "mandate.action.remove", "mandate.action.putBack",
            "mandate.action.text", "mandate.action.firstStep", "mandate.action.owner", "mandate.action.due",
            "mandate.action.status", "mandate.action.link", "mandate.action.team", "mandate.action.restore"));

    @TempDir
    Path home;

    private final StoreCodec codec = new StoreCodec();

    @Test
    void theJournalUsesEveryNewNameAndTheCatalogKnowsThemAll() throws Exception {
        Set<String> used = SampleFolders.changeTypes(SAMPLE);
        assertThat(used).containsAll(NAMES);
        assertThat(ChangeCatalog.all().keySet()).containsAll(NAMES);
        assertThat(ChangeCatalog.all().keySet().stream().filter(n -> n.startsWith("mandate.")))
                .as("a new mandate change needs a sample of its own").allMatch(NAMES::contains);
    }

    @Test
    void everyLineAndSnapshotWritesBackToTheSameBytes() throws Exception {
        SampleFolders.journalWritesBackTheSameBytes(SAMPLE, codec);
        SampleFolders.snapshotsWriteBackTheSameBytes(SAMPLE, codec);
        assertThat(Files.readString(SAMPLE.resolve("session.json"))).as("no mandates yet: the field is left out")
                .doesNotContain("\"mandates\":{");
    }

    @Test
    void openingReplaysToWhatThatVersionWrote() throws Exception {
        Path folder = home.resolve("mandate-changes");
        DamageTest.copyTree(SAMPLE, folder);
        Files.delete(folder.resolve("replayed.json"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx)) {
            SessionService s = open.service();
            Session session = s.session();
            Snapshot replayed = codec.readSnapshot(Files.readAllBytes(SAMPLE.resolve("replayed.json")));
            assertThat(session).isEqualTo(replayed.session());
            assertThat(session.mandates().mandate("t-service").orElseThrow().text()).contains("files in order");
            Action a2 = session.mandates().requireAction("a-2");
            assertThat(a2.teamId()).isEqualTo("t-service");
            assertThat(MandateTeams.formerOwner(session, a2)).isTrue();
            assertThat(MandateTeams.ownerName(session, a2)).isEqualTo("Cem");
            assertThat(session.mandates().requireAction("a-3").note().text()).isEqualTo("Send the minutes by Friday");
            assertThat(session.mandates().action("a-x")).isEmpty();
            fx.awaitSaved(s);
        }
    }
}
