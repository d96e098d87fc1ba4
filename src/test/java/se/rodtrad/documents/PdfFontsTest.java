package se.rodtrad.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.TestSecurityContextHolder;
import se.rodtrad.RodtradTest;
import se.rodtrad.planning.Plans;

/**
 * The plan PDF's fonts after the glyph substitution table is hidden from PDFBox (the speed fix in
 * {@link PdfRenderer#withoutGlyphSubstitution}): the same font otherwise, every letter drawn as itself, still
 * embedded, tagged and bookmarked.
 */
@RodtradTest
class PdfFontsTest {

    @Autowired
    DocumentService documents;
    @Autowired
    Plans plans;

    @Test
    void only_the_glyph_substitution_table_is_hidden_and_the_glyphs_metrics_and_character_map_stay() throws IOException {
        for (String file : List.of("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/DejaVuSans-Oblique.ttf",
                "fonts/DejaVuSans-BoldOblique.ttf")) {
            byte[] original;
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                original = in.readAllBytes();
            }
            byte[] stripped = PdfRenderer.withoutGlyphSubstitution(original);
            assertThat(stripped).hasSameSizeAs(original);
            try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
                    TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(stripped))) {
                assertThat(before.getTableMap()).as(file).containsKey("GSUB");
                assertThat(after.getTableMap()).as(file).doesNotContainKey("GSUB").containsKey("xSUB");
                assertThat(after.getTableMap().keySet()).as(file).hasSize(before.getTableMap().size());
                assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
                for (int c : "åäöÅÄÖéü€–§fifl".codePoints().toArray()) {
                    int gid = before.getUnicodeCmapLookup().getGlyphId(c);
                    assertThat(gid).as("%s has %c", file, c).isPositive();
                    assertThat(after.getUnicodeCmapLookup().getGlyphId(c)).isEqualTo(gid);
                    assertThat(after.getAdvanceWidth(gid)).isEqualTo(before.getAdvanceWidth(gid));
                }
            }
        }
    }

    @Test
    void the_plan_pdf_draws_every_letter_as_itself_so_copied_and_read_text_is_the_plans_own() throws Exception {
        byte[] pdf = asReader(() -> documents.planPdf(plans.byKey("rtn-2023").orElseThrow().id()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the characters as the PDF maps its glyphs, before PDFTextStripper's own ligature normalisation
            List<String> raw = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> raw.add(p.getUnicode()));
                }
            };
            stripper.getText(doc);
            String text = String.join("", raw);
            assertThat(text).contains("effektmål", "geografisk", "återfinns", "resurseffektivitet");
            assertThat(text.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06)).as("ligature glyphs").isEmpty();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(doc.getDocumentCatalog().getDocumentOutline().getFirstChild()).as("bookmarks").isNotNull();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                for (var name : doc.getPage(i).getResources().getFontNames()) {
                    PDFont font = doc.getPage(i).getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
        }
    }

    private static byte[] asReader(java.util.concurrent.Callable<byte[]> work) throws Exception {
        var context = new SecurityContextImpl(new UsernamePasswordAuthenticationToken("lasare", null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        TestSecurityContextHolder.setContext(context);
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
