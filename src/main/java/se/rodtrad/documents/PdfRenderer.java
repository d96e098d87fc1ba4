package se.rodtrad.documents;

import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.Limits;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * HTML/CSS templates to PDF with openhtmltopdf: DejaVu embedded (å ä ö and every symbol survive), bookmarks
 * from the {@code <bookmarks>} element, and tagged for accessibility (PDF/UA) where the library allows.
 */
@Component
class PdfRenderer {

    private static final String[][] FONTS = {
            {"fonts/DejaVuSans.ttf", "400", "NORMAL"},
            {"fonts/DejaVuSans-Bold.ttf", "700", "NORMAL"},
            {"fonts/DejaVuSans-Oblique.ttf", "400", "ITALIC"},
            {"fonts/DejaVuSans-BoldOblique.ttf", "700", "ITALIC"}};

    private final ITemplateEngine templates;
    private final RenderQueue queue;
    private final Map<String, byte[]> fonts = new java.util.HashMap<>();

    PdfRenderer(ITemplateEngine templates, RenderQueue queue) {
        this.templates = templates;
        this.queue = queue;
        for (String[] f : FONTS) {
            try (InputStream in = new ClassPathResource(f[0]).getInputStream()) {
                fonts.put(f[0], withoutGlyphSubstitution(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Typsnittet " + f[0] + " saknas", e);
            }
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden from PDFBox. PDFBox 3 applies a Latin font's
     * ligature and composition rules to every string it shows, compiling a regular expression over the font's
     * ligatures each time: a fifth of a plan's rendering time in a flight recording. DejaVu Sans draws Swedish
     * text (å ä ö precomposed) with the same glyphs either way — the rules only combine base letters with
     * combining marks and form ligatures the documents do not ask for — and the embedded subsets never carried
     * the table (PDFBox subsets copy only the glyph outlines, metrics and maps). The table's tag is renamed in
     * the directory, so every offset and checksum in the file stays as it was.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] copy = ttf.clone();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(copy);
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (copy[record] == 'G' && copy[record + 1] == 'S' && copy[record + 2] == 'U' && copy[record + 3] == 'B') {
                copy[record] = 'x'; // "xSUB": a table no reader knows, skipped like any other unknown table
            }
        }
        return copy;
    }

    /** The template rendered as XHTML (well-formed, as openhtmltopdf needs). */
    String xhtml(String template, Map<String, Object> model) {
        Context context = new Context(java.util.Locale.forLanguageTag("sv-SE"), model);
        return templates.process(new TemplateSpec(template, TemplateMode.XML), context);
    }

    /**
     * The template as PDF, laid out on the {@link RenderQueue} (never more at once than it allows) and refused when it
     * runs past {@link Limits#DOCUMENT_PAGES} pages. The caller reads what the document shows first and holds no
     * database connection while the layout runs (read, release, render): the services that call this are not
     * transactional; the readers they call are.
     */
    /** The sRGB ICC profile the JDK ships (java.desktop), the output intent of every PDF/A we write. */
    static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

    byte[] pdf(String template, Map<String, Object> model) {
        String html = xhtml(template, model);
        return queue.render(() -> layout(html));
    }

    private byte[] layout(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            // PDF/A (ISO 19005-3, 6.2.4.3): device colours need an output intent; the JDK's own sRGB profile is embedded
            builder.useColorProfile(SRGB);
            for (String[] f : FONTS) {
                byte[] bytes = fonts.get(f[0]);
                builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), "DejaVu Sans", Integer.parseInt(f[1]),
                        BaseRendererBuilder.FontStyle.valueOf(f[2]), true);
            }
            builder.withHtmlContent(html, "classpath:/");
            builder.toStream(out);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                int pages = renderer.getRootBox().getLayer().getPages().size();
                if (pages > Limits.DOCUMENT_PAGES) {
                    throw new DomainException("limit.document.pages", Limits.DOCUMENT_PAGES);
                }
                renderer.createPDF();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
