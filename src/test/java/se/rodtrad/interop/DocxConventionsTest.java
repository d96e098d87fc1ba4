package se.rodtrad.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;

/**
 * The plan as DOCX is what Word and LibreOffice expect of a Swedish document (issue 19): A4, language sv-SE, lists as
 * Word's lists (a numbering part) instead of typed "•", numbers right-aligned in their columns, and every table's
 * header row repeated on each page and kept with the first row.
 */
@RodtradTest
class DocxConventionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    XWPFDocument plan(String key) throws Exception {
        String id = jdbc.sql("select id::text from plan where key = ?").param(key).query(String.class).single();
        byte[] bytes = mvc.perform(get("/api/v1/plans/" + id + "/document.docx").with(httpBasic("admin", "admin"))).andReturn().getResponse()
                .getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    @Test
    void the_plan_docx_is_a4_swedish_with_real_lists_right_aligned_numbers_and_repeated_headers() throws Exception {
        try (XWPFDocument docx = plan("rtn-2023")) {
            var size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertThat(new BigInteger(size.getW().toString())).isEqualTo(BigInteger.valueOf(11906));
            assertThat(new BigInteger(size.getH().toString())).isEqualTo(BigInteger.valueOf(16838));
            assertThat(docx.getStyles().getDefaultRunStyle().getRPr().getLangArray(0).getVal()).isEqualTo("sv-SE");

            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            assertThat(paragraphs).noneMatch(p -> p.getText().startsWith("•"));
            assertThat(paragraphs).filteredOn(p -> p.getNumID() != null).isNotEmpty();
            assertThat(docx.getNumbering().getNum(paragraphs.stream().filter(p -> p.getNumID() != null).findFirst().orElseThrow().getNumID()))
                    .isNotNull();

            assertThat(docx.getTables()).isNotEmpty();
            for (XWPFTable table : docx.getTables()) {
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue();
            }
            assertThat(docx.getTables().stream().flatMap(t -> t.getRows().stream().skip(1)).flatMap(r -> r.getTableCells().stream())
                    .filter(c -> c.getText().strip().matches("[−-]?\\d[\\d\\u00a0 ]*(,\\d+)?")))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT));
        }
    }
}
