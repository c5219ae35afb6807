package org.zielbild.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesPart;
import org.zielbild.export.render.CsvRenderer;
import org.zielbild.export.render.HtmlRenderer;
import org.zielbild.export.render.MarkdownRenderer;
import org.zielbild.export.render.PdfRenderer;
import org.zielbild.export.sections.MinutesContext;
import org.zielbild.export.sections.MinutesSections;
import org.zielbild.export.sections.MinutesTexts;

/**
 * Writes the minutes of a session in one format: the one path the export dialog and
 * {@code zielbild export} share, so both give the same files. Each file is written whole or not at
 * all ({@link AtomicFiles}).
 */
public final class MinutesExport {

    private final MinutesSections sections;
    private final SessionArchive archive;

    /** @param archive writes the JSON archive (the store's export, handed in by the composition root) */
    public MinutesExport(MinutesSections sections, SessionArchive archive) {
        this.sections = Objects.requireNonNull(sections);
        this.archive = Objects.requireNonNull(archive);
    }

    public static MinutesExport standard(SessionArchive archive) {
        return new MinutesExport(MinutesSections.standard(), archive);
    }

    /** The minutes as the renderers get them. */
    public Minutes minutes(MinutesRequest request) {
        return sections.minutes(context(request), request.parts());
    }

    /** Every part the session has data for, in the order of the day: what the dialog offers to choose from. */
    public List<MinutesPart> parts(MinutesRequest request) {
        return sections.parts(context(request));
    }

    /** The CSV tables that have rows. */
    public List<DataTable> tables(MinutesRequest request) {
        return sections.tables(context(request), request.tables());
    }

    /**
     * Writes one format to {@code target}: a file, or for {@link ExportFormat#CSV} a folder (made if
     * needed) that receives one file per table.
     *
     * @return the files written
     */
    public List<Path> write(ExportFormat format, MinutesRequest request, Path target) throws ExportException {
        ExportTargets.standard().check(target, format.folder());
        switch (format) {
            case PDF -> {
                Minutes m = minutes(request);
                AtomicFiles.write(target, out -> new PdfRenderer().render(m, out));
            }
            case HTML -> {
                byte[] html = new HtmlRenderer().render(minutes(request)).getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(target, out -> out.write(html));
            }
            case MARKDOWN -> {
                byte[] md = new MarkdownRenderer().render(minutes(request)).getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(target, out -> out.write(md));
            }
            case CSV -> {
                return writeTables(tables(request), target);
            }
            case JSON -> archive.write(request.session(), target);
        }
        return List.of(target);
    }

    /** The tables into {@code folder}; on a failure the files this call wrote are removed again. */
    private static List<Path> writeTables(List<DataTable> tables, Path folder) throws ExportException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw WriteProblems.of(e, folder);
        }
        List<Path> written = new ArrayList<>();
        CsvRenderer csv = new CsvRenderer();
        try {
            for (DataTable t : tables) {
                Path file = folder.resolve(t.name() + ".csv");
                AtomicFiles.write(file, out -> csv.render(t, out));
                written.add(file);
            }
        } catch (ExportException | RuntimeException e) {
            for (Path p : written) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a complete table left behind harms nothing
                }
            }
            throw e;
        }
        return written;
    }

    private static MinutesContext context(MinutesRequest request) {
        MinutesTexts texts = new MinutesTexts(request.session().info().language(), request.zone());
        return new MinutesContext(request.session(), texts, request.now(), request.images());
    }
}
