package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
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
import org.zielbild.session.JournalEntry;
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
    private final ObjectMapper json = StoreJson.mapper();

    @Test
    void theJournalUsesEveryNewNameAndTheCatalogKnowsThemAll() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String line : Files.readAllLines(SAMPLE.resolve("journal.jsonl"), StandardCharsets.UTF_8)) {
            collectTypes(json.readTree(line).get("change"), used);
        }
        assertThat(used).containsAll(NAMES);
        assertThat(ChangeCatalog.all().keySet()).containsAll(NAMES);
        assertThat(ChangeCatalog.all().keySet().stream().filter(n -> n.startsWith("mandate.")))
                .as("a new mandate change needs a sample of its own").allMatch(NAMES::contains);
    }

    @Test
    void everyLineAndSnapshotWritesBackToTheSameBytes() throws Exception {
        for (String line : Files.readAllLines(SAMPLE.resolve("journal.jsonl"), StandardCharsets.UTF_8)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            JournalEntry entry = codec.entry(codec.readLine(bytes, bytes.length), Migrations.CURRENT);
            byte[] again = codec.line(entry);
            assertThat(new String(again, 0, again.length - 1, StandardCharsets.UTF_8)).isEqualTo(line);
        }
        for (String name : List.of("session.json", "replayed.json")) {
            byte[] bytes = Files.readAllBytes(SAMPLE.resolve(name));
            assertThat(new String(codec.snapshot(codec.readSnapshot(bytes)), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        }
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

    private static void collectTypes(JsonNode change, Set<String> into) {
        into.add(change.get("type").asText());
        JsonNode nested = change.get("changes");
        if (nested != null) {
            nested.forEach(c -> collectTypes(c, into));
        }
    }
}
