package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.bench.BenchReport;
import org.zielbild.session.ImportReport;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionSummary;

/**
 * What carrying pictures costs (0111): export, import and duplicate of a session with 5 pictures of
 * 20 MB (the most one may be, 100 MB together: the export's cap). Run with {@code ./mvnw -Pbench verify};
 * figures go to {@code target/bench/attachments.txt}.
 */
@Tag("bench")
class AttachmentsBenchTest {

    private static final int PICTURES = 5;
    private static final int BYTES = 20 * 1024 * 1024;
    private static final int ROUNDS = 5;

    @TempDir
    Path home;

    @Test
    void measure() throws Exception {
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Random random = new Random(7);
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Heavy"), fx)) {
            for (int i = 0; i < PICTURES; i++) {
                byte[] picture = new byte[BYTES];
                random.nextBytes(picture);
                System.arraycopy(AttachmentFixture.PNG, 0, picture, 0, AttachmentFixture.PNG.length);
                AttachmentFixture.statementWithPicture(open, home, "st-" + i, picture);
            }
            fx.awaitSaved(open.service());
        }
        SessionSummary heavy = library.list().get(0);
        long[] export = new long[ROUNDS];
        long[] importing = new long[ROUNDS];
        long[] duplicate = new long[ROUNDS];
        long fileBytes = 0;
        for (int r = 0; r < ROUNDS; r++) {
            Path file = home.resolve("heavy-" + r + ".zielbild.json");
            long t0 = System.nanoTime();
            library.exportTo(heavy, file);
            long t1 = System.nanoTime();
            WorkspaceSessionLibrary other = StoreTestSupport.library(home.resolve("other-" + r));
            ImportReport report = other.importSession(file);
            long t2 = System.nanoTime();
            SessionSummary copy = library.duplicate(heavy, "Heavy (copy " + r + ")");
            long t3 = System.nanoTime();
            assertThat(report.leftOut()).isEmpty();
            fileBytes = Files.size(file);
            export[r] = t1 - t0;
            importing[r] = t2 - t1;
            duplicate[r] = t3 - t2;
            Files.delete(file);
            library.delete(copy);
        }
        BenchReport out = new BenchReport();
        out.line("Zielbild Studio – pictures carried by export, import and duplicate (decision 0111)");
        out.line("machine: %d cpus, Java %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        out.line("payload: the template day with %d statements, each with a %d MB picture (random bytes: incompressible)",
                PICTURES, BYTES >> 20);
        out.line("export file: %,d bytes (%.2f × the pictures)", fileBytes, fileBytes / (double) (PICTURES * (long) BYTES));
        out.line("export    median %s, max %s (%d rounds)", BenchReport.ms(export, 50), BenchReport.ms(export, 100), ROUNDS);
        out.line("import    median %s, max %s (every picture decoded, checked, hashed, written, forced)",
                BenchReport.ms(importing, 50), BenchReport.ms(importing, 100));
        out.line("duplicate median %s, max %s", BenchReport.ms(duplicate, 50), BenchReport.ms(duplicate, 100));
        out.write("attachments.txt");
    }
}
