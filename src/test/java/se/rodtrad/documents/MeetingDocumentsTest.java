package se.rodtrad.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.rodtrad.RodtradTest;
import se.rodtrad.meetings.Meeting;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.organisation.Organisation;

/**
 * The notice of the RTN meeting 2020-01-22 as PDF and DOCX reads like seed 001: "3. Regionala tillväxtnämndens
 * verksamhetsplan med budget 2020", "Diarienummer: 19RS9687 Föredragande: Petter Arneback, Linda Torége", "Förslag till
 * beslut", "Regional tillväxtnämnd beslutar", the att-clauses and the decision papers. The first page is kept as
 * {@code target/rtn-2020-01-22-kallelse.pdf} for a look with pdftoppm.
 */
@RodtradTest
class MeetingDocumentsTest {

    @Autowired
    MeetingDocuments documents;
    @Autowired
    Meetings meetings;
    @Autowired
    Organisation organisation;

    private UUID demoMeeting() {
        UUID rtn = organisation.unitByCode("RTN").orElseThrow().id();
        return meetings.meetings(rtn).stream().filter(m -> m.date().equals(LocalDate.of(2020, 1, 22))).map(Meeting::id).findFirst().orElseThrow();
    }

    @Test
    void the_notice_pdf_is_laid_out_like_the_seed() throws Exception {
        MeetingDocuments.File pdf = documents.notice(demoMeeting(), true);
        assertThat(pdf.fileName()).isEqualTo("Regional tillväxtnämnd - Kallelse 2020-01-22.pdf");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/rtn-2020-01-22-kallelse.pdf"), pdf.bytes());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text).contains("Kallelse och föredragningslista")
                .contains("1. Protokollsjustering")
                .contains("Protokollet ska vara justerat senast den 5 februari 2020.")
                .contains("3. Regionala tillväxtnämndens verksamhetsplan med budget 2020")
                .contains("Diarienummer: 19RS9687 Föredragande: Petter Arneback, Linda Torége")
                .contains("Förslag till beslut")
                .contains("Regional tillväxtnämnd beslutar")
                .contains("fastställa regional tillväxtnämnds verksamhetsplan med budget 2020 samt")
                .contains("Beslutsunderlag")
                .contains("Timbanken")
                .contains("7. Redovisning av delegationsbeslut");
    }

    @Test
    void the_notice_docx_has_the_same_items_and_the_unheld_minutes_say_they_are_not_adjusted() throws Exception {
        MeetingDocuments.File docx = documents.notice(demoMeeting(), false);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes())); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("4. Egen finansiering från det statliga 1:1-anslaget till projekt Personen Alfred Nobel, hans anda och livsgärning - PAN")
                    .contains("Diarienummer: 19RS10041 Föredragande: Mirela Redzic")
                    .contains("att   godkänna redovisningen.");
        }
        MeetingDocuments.File minutes = documents.minutes(demoMeeting(), true);
        try (PDDocument doc = Loader.loadPDF(minutes.bytes())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Ej justerat").contains("Närvaron är inte registrerad.");
        }
    }
}
