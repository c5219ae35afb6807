package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.ChangeCatalog;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;

/**
 * The target picture's change names (and attendance) as the version of 2026-12 wrote them: every
 * journal line and snapshot reads back to the same bytes and replays to what that version wrote.
 * Anonymous rating rounds store no name and no participant id: checked on the stored files. Written
 * by {@link TargetChangesSample}; never regenerate them.
 */
class TargetChangesSampleTest {

    private static final Path SAMPLE = Path.of("src", "test", "resources", "store", "samples", "v1", "target-changes");

    /** The names this sample froze; names are never removed or renamed. */
    static final Set<String> NAMES = new TreeSet<>(List.of("participant.present",
            "target.statement.add", "target.statement.remove", "target.statement.text", "target.statement.horizon",
            "target.statement.color", "target.statement.picture", "target.statement.move", "target.statement.rework",
            "target.statement.hint", "target.source.link", "target.source.unlink", "target.round.start",
            "target.round.discard", "target.round.present", "target.round.hands", "target.round.ballot.cast",
            "target.round.ballot.withdraw", "target.round.ballot.restore", "target.round.reveal",
            "target.unmet.record", "target.unmet.remove"));

    @TempDir
    Path home;

    private final StoreCodec codec = new StoreCodec();
    private final ObjectMapper json = StoreJson.mapper();

    @Test
    void theJournalUsesEveryNewNameAndTheCatalogKnowsThemAll() throws Exception {
        Set<String> used = SampleFolders.changeTypes(SAMPLE);
        assertThat(used).containsAll(NAMES);
        assertThat(ChangeCatalog.all().keySet()).containsAll(NAMES);
        assertThat(ChangeCatalog.all().keySet().stream().filter(n -> n.startsWith("target.")))
                .as("a new target change needs a sample of its own").allMatch(NAMES::contains);
    }

    @Test
    void everyLineAndSnapshotWritesBackToTheSameBytes() throws Exception {
        SampleFolders.journalWritesBackTheSameBytes(SAMPLE, codec);
        SampleFolders.snapshotsWriteBackTheSameBytes(SAMPLE, codec);
    }

    @Test
    void openingReplaysToWhatThatVersionWroteWithTheSameResults() throws Exception {
        Path folder = home.resolve("target-changes");
        DamageTest.copyTree(SAMPLE, folder);
        Files.delete(folder.resolve("replayed.json"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx)) {
            SessionService s = open.service();
            Session session = s.session();
            Snapshot replayed = codec.readSnapshot(Files.readAllBytes(SAMPLE.resolve("replayed.json")));
            assertThat(session).isEqualTo(replayed.session());
            var picture = session.target();
            assertThat(picture.statements()).hasSize(3);
            assertThat(TargetResults.carries(picture, "st-3")).as("reworded and carried in r-secret").isTrue();
            assertThat(TargetResults.history(picture, "st-3")).hasSize(2);
            assertThat(TargetResults.pictureCarries(picture)).as("1 of 2 cast in the named round").isFalse();
            assertThat(picture.statement("st-2").orElseThrow().sources().get(0).text()).isEqualTo("Speed");
            assertThat(session.roster().requireParticipant("p-dana").absent()).isTrue();
            assertThat(picture.unmetReasons()).hasSize(1);
            fx.awaitSaved(s);
        }
        assertThat(Files.readString(folder.resolve("session.json"))).isEqualTo(Files.readString(SAMPLE.resolve("replayed.json")));
    }

    @Test
    void anAnonymousRoundStoresNoNameAndNoParticipantIdAnywhere() throws Exception {
        Session session = codec.readSnapshot(Files.readAllBytes(SAMPLE.resolve("replayed.json"))).session();
        List<String> who = new ArrayList<>();
        for (Participant p : session.roster().participants()) {
            who.add(p.id());
            who.add(p.name());
        }
        List<String> stored = new ArrayList<>();
        JsonNode snapshot = json.readTree(Files.readAllBytes(SAMPLE.resolve("replayed.json")));
        for (JsonNode round : snapshot.path("session").path("target").path("rounds")) {
            if (round.path("anonymous").asBoolean()) {
                stored.add(round.toString());
            }
        }
        for (String line : Files.readAllLines(SAMPLE.resolve("journal.jsonl"), StandardCharsets.UTF_8)) {
            if (line.contains("\"r-secret\"") || line.contains("\"r-hands\"") || line.contains("\"r-try\"")) {
                stored.add(json.readTree(line).get("change").toString());
            }
        }
        assertThat(stored).hasSizeGreaterThan(10);
        assertThat(String.join("\n", stored)).contains("\"participantId\":null").doesNotContain(who);
        // The named round, by contrast, does store who voted: the check can see names.
        assertThat(snapshot.path("session").path("target").path("rounds").toString()).contains("p-anna");
    }
}
