package org.zielbild.export.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesTextMap;

/**
 * The minutes as PDF: the HTML renderer's XHTML laid out by openhtmltopdf on PDFBox, with real text
 * (selectable and searchable), DejaVu Sans (and Noto Emoji for emoji) embedded as subsets, A4 pages numbered "page / pages".
 * Characters the font lacks are marked with U+FFFD and a closing line says so (0141).
 */
public final class PdfRenderer {

    private static final String PAGE = """
            @page { size: A4; margin: 18mm 17mm 20mm 17mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: "DejaVu Sans";
                font-size: 8pt; color: #57606a; } }
            body { max-width: none; margin: 0; padding: 0; font-family: "DejaVu Sans", "Noto Emoji"; }
            """;

    static {
        // openhtmltopdf logs every font load at INFO, which the command line printed to the user;
        // its warnings and errors still come through.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }

    private final HtmlRenderer html = new HtmlRenderer(PAGE);
    private final FontCoverage coverage = new FontCoverage(PdfFonts.get()::draws);

    public void render(Minutes minutes, OutputStream out) throws IOException {
        Minutes printable = printable(minutes);
        PdfFonts fonts = PdfFonts.get();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(fonts.regular()), PdfFonts.FAMILY, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(fonts.bold()), PdfFonts.FAMILY, 700,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(fonts.emoji()), PdfFonts.EMOJI_FAMILY, 400,
                BaseRendererBuilder.FontStyle.NORMAL, true);
        JdkBidi bidi = new JdkBidi();
        builder.useUnicodeBidiSplitter(bidi);
        builder.useUnicodeBidiReorderer(bidi);
        builder.withHtmlContent(html.render(printable), null);
        builder.withProducer("Zielbild Studio");
        builder.toStream(out);
        builder.run();
    }

    /** The minutes with missing characters marked, and a closing note when any were. */
    Minutes printable(Minutes minutes) {
        Minutes marked = MinutesTextMap.map(minutes, coverage::mark);
        if (marked.equals(minutes)) {
            return minutes;
        }
        String note = MinutesWords.of(minutes.locale()).replaced();
        return new Minutes(marked.locale(), marked.title(), marked.facts(), marked.parts(), marked.footer() + " " + note);
    }

    /** Whether a text prints as it is. */
    boolean printsWhole(String text) {
        return coverage.complete(text);
    }
}
