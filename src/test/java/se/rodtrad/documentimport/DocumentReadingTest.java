package se.rodtrad.documentimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Reading documents without Spring: the seeds read into structure, hostile documents refused or read within the limits. */
class DocumentReadingTest {

    private static List<ProposedItem> items(DocumentReading.Reading r, String type) {
        return r.items().stream().filter(i -> i.type().equals(type)).toList();
    }

    @Test
    void rtn_2023_as_text_reads_its_goals_indicators_assignments_with_page_and_reason() {
        DocumentReading.Reading r = DocumentReading.read(Seeds.rtn2023(), "vp-2023.txt", DocumentKind.PLAN);
        assertThat(r.year()).isEqualTo(2023);
        assertThat(items(r, "PERSPECTIVE")).extracting(ProposedItem::text).containsExactly("Invånare och samhälle", "Process", "Resurs");
        ProposedItem em5 = items(r, "GOAL").get(0);
        assertThat(em5.kind()).isEqualTo("Effektmål");
        assertThat(em5.number()).isEqualTo("5");
        assertThat(em5.text()).isEqualTo("Länets invånare och de som verkar i Örebro län har stark konkurrenskraft, hög och jämlik livskvalitet och god resurseffektivitet.");
        assertThat(em5.reason()).contains("Effektmål 5");
        // the seed's text keeps few page markers, so the line points back to where it stands
        assertThat(em5.firstLine()).isEqualTo(537);
        ProposedItem ghg = r.items().stream().filter(i -> i.text().startsWith("Utsläpp av växthusgaser")).findFirst().orElseThrow();
        assertThat(ghg.type()).isEqualTo("INDICATOR");
        assertThat(r.items().get(ghg.parentIndex())).isEqualTo(em5);
        assertThat(ghg.target().form()).isEqualTo("RELATIVE_CHANGE");
        assertThat(ghg.target().percent()).isEqualTo("60");
        // a word hyphenated at a line end is whole again; the hyphen of "hälso- och" stays
        assertThat(r.items()).anyMatch(i -> i.text().contains("hälso- och sjukvårdsnämnd"));
        assertThat(r.items()).noneMatch(i -> i.text().contains("akti- viteter") || i.text().contains("akti-viteter"));
        ProposedItem tabb = r.items().stream().filter(i -> i.text().contains("TABB")).findFirst().orElseThrow();
        assertThat(tabb.type()).isEqualTo("ASSIGNMENT");
        assertThat(tabb.tag()).isEqualTo("Från 2022 fortsätter 2023");
        assertThat(items(r, "INDICATOR")).hasSizeGreaterThanOrEqualTo(64);
    }

    @Test
    void rtn_2023_budget_tables_keep_figures_as_printed() {
        DocumentReading.Reading r = DocumentReading.read(Seeds.rtn2023(), "vp-2023.txt", DocumentKind.PLAN);
        ProposedItem income = items(r, "TABLE").stream().filter(t -> t.text().startsWith("Resultatbudget")).findFirst().orElseThrow();
        assertThat(income.details().get("columns")).isEqualTo(List.of("Budget 2023", "Prognos 2022", "Budget 2022"));
        assertThat(income.details().get("unit")).isEqualTo("mnkr");
        assertThat(income.details().get("rows").toString()).contains("-157,1").contains("Erhållna bidrag");
    }

    @Test
    void rtn_2023_internal_control_plan_reads_its_risks_with_activity_and_actions() {
        DocumentReading.Reading r = DocumentReading.read(Seeds.rtn2023(), "vp-2023.txt", DocumentKind.PLAN);
        List<ProposedItem> risks = items(r, "RISK");
        assertThat(risks).extracting(ProposedItem::kind).containsExactly("HR", "HR", "Ekonomi", "Informationssäkerhet");
        assertThat(risks.get(0).text()).isEqualTo("Risken att systematiskt arbetsmiljöarbete (SAM) inte bedrivs i enlighet med föreskrifter och "
                + "Region Örebro läns riktlinjer och rutiner.");
        assertThat(risks.get(3).details().get("scope")).isEqualTo("REGION_WIDE");
        assertThat((List<?>) risks.get(3).details().get("actions")).hasSize(3);
    }

    @Test
    void the_same_plan_as_docx_reads_the_same_items() {
        byte[] text = Seeds.rtn2023();
        DocumentReading.Reading asText = DocumentReading.read(text, "vp.txt", DocumentKind.PLAN);
        DocumentReading.Reading asDocx = DocumentReading.read(Seeds.docx(text), "vp.docx", DocumentKind.PLAN);
        assertThat(asDocx.format()).isEqualTo("DOCX");
        List<String> goals = items(asText, "GOAL").stream().map(ProposedItem::text).toList();
        assertThat(items(asDocx, "GOAL").stream().map(ProposedItem::text).toList()).containsAll(goals.subList(0, 5));
    }

    @Test
    void the_notice_of_2020_01_22_reads_its_seven_items() {
        DocumentReading.Reading r = DocumentReading.read(Seeds.text("001_fb44509df49901da.txt", 1, 184), "kallelse.txt", DocumentKind.NOTICE);
        assertThat(r.items()).hasSize(7);
        ProposedItem plan = r.items().get(2);
        assertThat(plan.text()).isEqualTo("Regionala tillväxtnämndens verksamhetsplan med budget 2020");
        assertThat(plan.details().get("caseNumber")).isEqualTo("19RS9687");
        assertThat(plan.details().get("presenters")).isEqualTo("Petter Arneback, Linda Torége");
        assertThat((List<?>) plan.details().get("clauses")).hasSize(2);
        assertThat(r.items().get(1).details().get("itemKind")).isEqualTo("INFORMATION");
        assertThat(r.notice().adjustmentDeadline()).hasToString("2020-02-05");
    }

    @Test
    void a_pdf_is_read_with_its_pages_and_without_its_running_footer() throws IOException {
        byte[] pdf = pdf(List.of(List.of("Effektmål 1. Länets invånare har en god hälsa.", "Indikatorer", "Antalet besök ska öka jämfört med 2022."),
                List.of("Effektmål 2. Länets företag växer.", "Indikatorer", "Antal nystartade företag ska vara högre än i jämförbara län.")),
                "Regionstyrelsen, Verksamhetsplan med budget");
        DocumentReading.Reading r = DocumentReading.read(pdf, "vp.pdf", DocumentKind.PLAN);
        assertThat(r.format()).isEqualTo("PDF");
        assertThat(r.lines()).noneMatch(l -> l.text().contains("Verksamhetsplan med budget"));
        assertThat(items(r, "GOAL")).extracting(ProposedItem::page).containsExactly(1, 2);
        assertThat(items(r, "INDICATOR")).extracting(i -> i.target().form()).containsExactly("BASE_YEAR", "PEER_GROUP");
    }

    @Test
    void an_encrypted_pdf_is_refused_with_a_message_that_says_so() throws IOException {
        byte[] plain = pdf(List.of(List.of("Effektmål 1. Hälsa.")), null);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission none = new AccessPermission();
            none.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", "hemligt", none);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            assertThatThrownBy(() -> DocumentReading.read(out.toByteArray(), "låst.pdf", DocumentKind.PLAN))
                    .isInstanceOf(ImportRefused.class).hasMessage("documentimport.refused.encrypted");
        }
    }

    @Test
    void an_image_only_pdf_is_refused_as_scanned() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(out);
            assertThatThrownBy(() -> DocumentReading.read(out.toByteArray(), "skannad.pdf", DocumentKind.PLAN))
                    .isInstanceOf(ImportRefused.class).hasMessage("documentimport.refused.imagesOnly");
        }
    }

    @Test
    void a_docx_with_macros_is_refused() throws IOException {
        byte[] docx = Seeds.docx("Effektmål 1. Hälsa.".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        assertThatThrownBy(() -> DocumentReading.read(out.toByteArray(), "makro.docm", DocumentKind.PLAN))
                .isInstanceOf(ImportRefused.class).hasMessage("documentimport.refused.macros");
    }

    @Test
    void a_zip_bomb_docx_is_refused_before_it_fills_memory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> DocumentReading.read(out.toByteArray(), "bomb.docx", DocumentKind.PLAN))
                .isInstanceOf(ImportRefused.class).hasMessage("documentimport.refused.zipBomb");
    }

    @Test
    void a_docx_whose_entry_names_are_not_utf8_is_refused_as_broken() throws IOException {
        // a name written in Latin-1 without the zip's UTF-8 flag: Java's zip reader throws IllegalArgumentException on it
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.ISO_8859_1)) {
            zip.putNextEntry(new ZipEntry("word/bilaga-ö.xml"));
            zip.write(new byte[] {1});
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> DocumentReading.read(out.toByteArray(), "latin1.docx", DocumentKind.PLAN))
                .isInstanceOf(ImportRefused.class).hasMessage("documentimport.refused.brokenDocx");
    }

    @Test
    void a_file_of_another_kind_is_refused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90};
        assertThatThrownBy(() -> DocumentReading.read(png, "bild.png", DocumentKind.PLAN)).isInstanceOf(ImportRefused.class)
                .hasMessage("documentimport.refused.unknownType");
        assertThatThrownBy(() -> DocumentReading.read(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 1, 2}, "gammal.doc", DocumentKind.PLAN))
                .isInstanceOf(ImportRefused.class).hasMessage("documentimport.refused.oldWord");
    }

    @Test
    void a_200_page_document_is_read_up_to_the_page_limit_and_says_so() {
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= 200; p++) {
            text.append("Effektmål ").append(p).append(". Mål nummer ").append(p).append(" ska nås.\nIndikatorer\nAntal besök ska öka.\n\f");
        }
        DocumentReading.Reading r = DocumentReading.read(text.toString().getBytes(StandardCharsets.UTF_8), "lång.txt", DocumentKind.PLAN);
        assertThat(r.warnings()).contains("documentimport.warning.pagesCut:150");
        assertThat(items(r, "GOAL")).hasSize(150);
    }

    @Test
    void a_document_in_another_language_is_read_with_a_warning() {
        String english = "The regional growth committee shall increase the number of new companies in the county. The plan is decided by the board "
                + "and the budget is followed up every month for the committee and the administration of the region.\n".repeat(5);
        DocumentReading.Reading r = DocumentReading.read(english.getBytes(StandardCharsets.UTF_8), "plan-en.txt", DocumentKind.PLAN);
        assertThat(r.warnings()).contains("documentimport.warning.language", "documentimport.warning.noGoals");
    }

    @Test
    void a_notice_read_as_a_plan_says_which_kind_it_looks_like() {
        DocumentReading.Reading r = DocumentReading.read(Seeds.text("001_fb44509df49901da.txt", 1, 184), "kallelse.txt", DocumentKind.PLAN);
        assertThat(r.warnings()).contains("documentimport.warning.looksLikeNotice");
    }

    static byte[] pdf(List<List<String>> pages, String footer) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int n = 0;
            for (List<String> lines : pages) {
                n++;
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(50, 740);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -16);
                    }
                    cs.endText();
                    if (footer != null) {
                        cs.beginText();
                        cs.setFont(font, 9);
                        cs.newLineAtOffset(50, 30);
                        cs.showText(footer + " " + n + "(" + pages.size() + ")");
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
