package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.zielbild.domain.Change;
import org.zielbild.domain.ChangeCatalog;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.session.History;
import org.zielbild.session.HistoryStep;
import org.zielbild.session.JournalEntry;
import org.zielbild.session.SessionState;

/**
 * Every change type in the catalog, and the session with all its components, survive the trip to
 * JSON and back unchanged. A new change type or session component with a shape the store cannot map
 * fails here, in the normal build.
 */
class StoreJsonRoundTripTest {

    private final ObjectMapper json = StoreJson.mapper();
    private final StoreCodec codec = new StoreCodec();

    @TestFactory
    Stream<DynamicTest> everyCatalogChangeTypeRoundTrips() {
        return ChangeCatalog.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            for (long seed = 1; seed <= 25; seed++) {
                Change change = new SampleValues(seed * 31 + e.getKey().hashCode()).of(e.getValue());
                String text = json.writeValueAsString(change);
                assertThat(text).as("seed %d", seed).contains("\"type\":\"" + e.getKey() + "\"");
                assertThat(json.readValue(text, Change.class)).as("seed %d: %s", seed, text).isEqualTo(change);
                JournalEntry entry = new JournalEntry(seed, JournalEntry.Op.DO, change, Instant.ofEpochSecond(seed, 7));
                byte[] line = codec.line(entry);
                StoreCodec.SealedLine sealed = codec.readLine(line, line.length - 1);
                assertThat(codec.entry(sealed, Migrations.CURRENT)).as("seed %d", seed).isEqualTo(entry);
            }
        }));
    }

    @Test
    void aSessionWithEveryComponentAndAHistoryRoundTripsThroughASnapshot() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            SampleValues samples = new SampleValues(seed);
            Session session = samples.of(Session.class);
            History history = new History(List.of(samples.of(HistoryStep.class), samples.of(HistoryStep.class)),
                    List.of(samples.of(HistoryStep.class)));
            SessionState state = new SessionState(session, history, seed * 1000);
            Snapshot read = codec.readSnapshot(codec.snapshot(Snapshot.of(state, Instant.ofEpochSecond(seed), Migrations.CURRENT)));
            assertThat(read.state()).as("seed %d", seed).isEqualTo(state);
        }
    }

    @Test
    void messageArgumentsComeBackAsTheSameTypes() throws Exception {
        Message nested = Message.of("inner", 1);
        Message m = Message.of("outer", 7, "seven", 7_000_000_000L, 7L, 2.5, true, Instant.parse("2026-11-23T10:15:30.123Z"),
                LocalDate.of(2026, 11, 23), nested);
        assertThat(json.readValue(json.writeValueAsString(m), Message.class)).isEqualTo(m);
        Message odd = Message.of("odd", Map.of("k", 1));
        assertThat(json.readValue(json.writeValueAsString(odd), Message.class).args()).containsExactly("{k=1}");
    }

    @Test
    void theCatalogNamesAreWhatTheFilesSay() throws Exception {
        assertThat(json.writeValueAsString(new org.zielbild.domain.agenda.RemoveStage("s1")))
                .isEqualTo("{\"type\":\"stage.remove\",\"stageId\":\"s1\"}");
    }
}
