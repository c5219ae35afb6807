package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionUnavailableException;
import org.zielbild.ui.common.I18n;

/**
 * Issue 17, case 8: every refusal names the file and a true reason in the user's language, never
 * Java internals ("Cannot construct instance of …", "StreamReadConstraints…"), never "cut off"
 * for something complete, never "garbled" for an editor's byte-order mark.
 */
class StoreMessagesTest {

    @TempDir
    Path home;

    private Path folder;
    private byte[] pristine;

    @BeforeEach
    void makeSession() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Words"), new StoreTestSupport.Inbox())) {
            folder = Path.of(open.location());
        }
        pristine = Files.readAllBytes(folder.resolve("session.json"));
    }

    /** What the user reads for session.json holding {@code bytes}, in English; checks German and the rules too. */
    private String reasonFor(byte[] bytes) throws Exception {
        Files.write(folder.resolve("session.json"), bytes);
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, new StoreTestSupport.Inbox())) {
            throw new AssertionError("opened: " + open.location());
        } catch (SessionDamagedException e) {
            Message problem = e.problems().get(0);
            String en = new I18n(Language.EN).text(problem);
            String de = new I18n(Language.DE).text(problem);
            for (String said : new String[] {en, de, new I18n(Language.EN).text(e.userMessage())}) {
                assertThat(said).doesNotContain("org.zielbild", "`", "Exception", "Jackson",
                        "StreamReadConstraints", "Cannot construct", "!store.", "1970");
            }
            assertThat(en).contains("session.json");
            assertThat(de).isNotEqualTo(en).contains("session.json", "Die Datei");
            return en.substring(en.indexOf("session.json: ") + "session.json: ".length());
        }
    }

    private byte[] resealed(Consumer<ObjectNode> edit) throws Exception {
        ObjectMapper json = StoreJson.mapper();
        ObjectNode tree = (ObjectNode) json.readTree(pristine);
        tree.remove("crc");
        edit.accept(tree);
        return Seal.seal(json.writeValueAsBytes(tree));
    }

    @Test
    void eachKindOfJunkGetsItsTrueReason() throws Exception {
        assertThat(reasonFor(new byte[0])).isEqualTo("it is empty.");
        assertThat(reasonFor("{}".getBytes())).startsWith("it has no checksum: it was not saved by Zielbild Studio");
        assertThat(reasonFor("null".getBytes())).isEqualTo("it is not a Zielbild session file.");
        byte[] random = new byte[4096];
        new Random(17).nextBytes(random);
        assertThat(reasonFor(random)).isEqualTo("it contains binary data, not the text of a session file.");
        byte[] nulHole = pristine.clone();
        Arrays.fill(nulHole, 100, 600, (byte) 0);
        assertThat(reasonFor(nulHole)).startsWith("it has a stretch of zero bytes where its text should be");
        assertThat(reasonFor(Arrays.copyOf(pristine, pristine.length / 2))).isEqualTo("it is incomplete (cut off).");
        assertThat(reasonFor("{\"schemaVersion\": 1, oops}".getBytes())).startsWith("it is not valid JSON (line 1, column");
        byte[] flipped = pristine.clone();
        flipped[pristine.length / 3] ^= 0x04;
        assertThat(reasonFor(flipped)).isEqualTo("it is garbled (its checksum does not match its content).");
    }

    @Test
    void anEditorsByteOrderMarkIsNoDamage() throws Exception {
        byte[] withBom = new byte[pristine.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(pristine, 0, withBom, 3, pristine.length);
        Files.write(folder.resolve("session.json"), withBom);
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, new StoreTestSupport.Inbox())) {
            assertThat(open.service().session().info().title()).isEqualTo("Words");
        }
    }

    @Test
    void sealedButUnfittingDataNamesThePlaceInTheFileNotAJavaClass() throws Exception {
        assertThat(reasonFor(resealed(t -> ((ObjectNode) t.get("session")).putNull("id"))))
                .isEqualTo("it has a missing or unfitting value at “session”.");
        assertThat(reasonFor(resealed(t -> {
            ArrayNode stages = (ArrayNode) t.get("session").get("agenda").get("stages");
            ((ObjectNode) stages.get(2)).put("timeBoxMinutes", "a lot");
        }))).isEqualTo("it has a missing or unfitting value at “session.agenda.stages[2].timeBoxMinutes”.");
        assertThat(reasonFor(resealed(t -> ((ObjectNode) t.get("session").get("info")).put("mood", "sunny"))))
                .startsWith("it contains data this version does not know (“mood” in “session.info”)");
        assertThat(reasonFor(resealed(t -> ((ObjectNode) t.get("session").get("info")).put("title", "x".repeat(21_000_000)))))
                .isEqualTo("it contains a text far longer than any session holds.");
    }

    @Test
    void aKeyTwiceIsNamed() throws Exception {
        String text = new String(pristine, StandardCharsets.UTF_8);
        String twice = text.replaceFirst("\\{\"schemaVersion\":1,", "{\"schemaVersion\":1,\"schemaVersion\":1,");
        ObjectMapper json = new ObjectMapper();
        String body = twice.substring(0, twice.lastIndexOf(",\"crc\"")) + "}";
        assertThat(json.getFactory()).isNotNull();
        assertThat(reasonFor(Seal.seal(body.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("it contains the entry “schemaVersion” twice in one place.");
    }

    @Test
    void aNamedPipeOrADeviceIsRefusedWithoutWaiting() throws Exception {
        Files.delete(folder.resolve("session.json"));
        assertThat(new ProcessBuilder("mkfifo", folder.resolve("session.json").toString()).start().waitFor()).isZero();
        assertThat(reasonForFile()).isEqualTo("it is not an ordinary file but a named pipe (FIFO).");
        Files.delete(folder.resolve("session.json"));
        Files.createSymbolicLink(folder.resolve("session.json"), Path.of("/dev/zero"));
        assertThat(reasonForFile()).isEqualTo("it is not an ordinary file but a device.");
    }

    @Test
    void importingANamedPipeIsRefusedWithoutWaiting() throws Exception {
        Path pipe = home.resolve("export.zielbild.json");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> StoreTestSupport.library(home.resolve("sessions")).importFrom(pipe));
        assertThat(refused).isInstanceOf(SessionUnavailableException.class);
        assertThat(new I18n(Language.EN).text(((SessionUnavailableException) refused).userMessage()))
                .isEqualTo("The file " + pipe + " cannot be imported: it is not an ordinary file but a named pipe (FIFO).");
    }

    private String reasonForFile() {
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, new StoreTestSupport.Inbox())) {
            throw new AssertionError("opened " + open.location());
        } catch (SessionUnavailableException e) {
            assertThat(e).isInstanceOf(SessionDamagedException.class);
            String en = new I18n(Language.EN).text(((SessionDamagedException) e).problems().get(0));
            return en.substring(en.indexOf("session.json: ") + "session.json: ".length());
        }
    }
}
