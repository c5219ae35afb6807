package org.zielbild.export;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.zielbild.bench.BenchReport;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.day.EndStage;
import org.zielbild.domain.day.StartStage;
import org.zielbild.domain.mood.AddMoodEntry;
import org.zielbild.domain.mood.AddMoodRound;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.mood.RevealMoodRound;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.render.HtmlRenderer;
import org.zielbild.export.render.PdfRenderer;
import org.zielbild.testing.LargeSessions;

/**
 * A full day to minutes: 500 notes on nine boards (clusters, two revealed dot votes), 40 people in
 * five teams, a check-in and a check-out, every stage run. Budgets (issue 14): PDF within 2 s, HTML
 * within 200 ms, medians, session to file content (the write itself is not counted).
 * Figures to target/bench/minutes.txt.
 */
@Tag("bench")
class MinutesBenchTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    static Session fullDay() {
        Session s = LargeSessions.build(500, 14);
        List<Stage> stages = s.agenda().stages();
        Instant t = LargeSessions.T0;
        for (Stage st : stages) {
            s = new StartStage(st.id(), t).apply(s);
            t = t.plusSeconds(st.timeBoxMinutes() * 60L + 120);
        }
        s = new EndStage(t).apply(s);
        s = new RevealVote(s.boards().boards().get(1).id(), true).apply(s);
        s = new RevealMoodRound(s.moods().rounds().get(0).id(), true).apply(s);
        String closing = stages.stream().filter(st -> st.moduleId().equals(TargetPictureDay.CLOSING)).findFirst()
                .orElseThrow().id();
        List<Change> out = new java.util.ArrayList<>();
        out.add(new AddMoodRound(MoodRound.start("bench-out", closing, MoodKind.CHECK_OUT, true, t), -1));
        for (int i = 0; i < s.roster().participants().size(); i++) {
            out.add(new AddMoodEntry("bench-out", new MoodEntry("o" + i, null, 1 + (i * 7) % 5, List.of(), List.of(), "")));
        }
        out.add(new RevealMoodRound("bench-out", true));
        for (Change c : out) {
            s = c.apply(s);
        }
        return s;
    }

    @Test
    void aFullDayToPdfAndHtml() throws Exception {
        Session day = fullDay();
        MinutesExport export = MinutesExport.standard((x, f) -> { });
        MinutesRequest request = MinutesRequest.all(day, ZoneId.of("Europe/Berlin"), LargeSessions.T0.plusSeconds(36_000));
        long[] html = new long[RUNS];
        long[] pdf = new long[RUNS];
        int htmlBytes = 0;
        byte[] lastPdf = new byte[0];
        for (int i = -WARM_UP; i < RUNS; i++) {
            long a = System.nanoTime();
            Minutes m = export.minutes(request);
            htmlBytes = new HtmlRenderer().render(m).length();
            long b = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfRenderer().render(export.minutes(request), out);
            long c = System.nanoTime();
            lastPdf = out.toByteArray();
            if (i >= 0) {
                html[i] = b - a;
                pdf[i] = c - b;
            }
        }
        int pages;
        try (PDDocument doc = Loader.loadPDF(lastPdf)) {
            pages = doc.getNumberOfPages();
        }
        BenchReport r = new BenchReport();
        r.line("Minutes of a full day: %d notes, %d participants in %d teams, %d boards, %d mood rounds",
                day.boards().notes().size(), day.roster().participants().size(), day.roster().teams().size(),
                day.boards().boards().size(), day.moods().rounds().size());
        r.line("machine: %d cores, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        r.line("%d runs after %d warm-up runs; session -> minutes model -> rendered bytes", RUNS, WARM_UP);
        r.line("HTML: median %s, p95 %s, max %s (budget 200 ms: %s); %d KB", BenchReport.ms(html, 50),
                BenchReport.ms(html, 95), BenchReport.ms(html, 100), BenchReport.percentile(html, 50) <= 200_000_000L
                        ? "met" : "MISSED", htmlBytes / 1024);
        r.line("PDF:  median %s, p95 %s, max %s (budget 2 s: %s); %d pages, %d KB", BenchReport.ms(pdf, 50),
                BenchReport.ms(pdf, 95), BenchReport.ms(pdf, 100), BenchReport.percentile(pdf, 50) <= 2_000_000_000L
                        ? "met" : "MISSED", pages, lastPdf.length / 1024);
        r.write("minutes.txt");
    }
}
