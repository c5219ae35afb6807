package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.zielbild.session.JournalEntry;

/** What every committed sample of session files (store/samples/v1/...) is checked for. */
final class SampleFolders {

    private static final ObjectMapper JSON = StoreJson.mapper();

    private SampleFolders() {
    }

    /** Every change type the sample's journal uses, those inside batches too. */
    static Set<String> changeTypes(Path sample) throws IOException {
        Set<String> used = new TreeSet<>();
        for (String line : Files.readAllLines(sample.resolve("journal.jsonl"), StandardCharsets.UTF_8)) {
            collectTypes(JSON.readTree(line).get("change"), used);
        }
        return used;
    }

    /** Each journal line, read and written again, is the same bytes. */
    static void journalWritesBackTheSameBytes(Path sample, StoreCodec codec) throws Exception {
        for (String line : Files.readAllLines(sample.resolve("journal.jsonl"), StandardCharsets.UTF_8)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            JournalEntry entry = codec.entry(codec.readLine(bytes, bytes.length), Migrations.CURRENT);
            byte[] again = codec.line(entry);
            assertThat(new String(again, 0, again.length - 1, StandardCharsets.UTF_8)).isEqualTo(line);
        }
    }

    /** Both snapshots (as written, as replayed), read and written again, are the same bytes. */
    static void snapshotsWriteBackTheSameBytes(Path sample, StoreCodec codec) throws Exception {
        for (String name : List.of("session.json", "replayed.json")) {
            byte[] bytes = Files.readAllBytes(sample.resolve(name));
            assertThat(new String(codec.snapshot(codec.readSnapshot(bytes)), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
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
