package se.rodtrad.followup.measures.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 6: a file that ends early is refused, never imported in part without a word. The real Kolada file of
 * N15424 (behöriga till yrkesprogram, 49 VGR municipalities and the nation: 3 411 rows) cut and altered as a transfer
 * or an editor cuts files; its encodings as Excel and Notepad write them.
 */
class TruncatedImportFilesTest {

    private static final String FILE = "df_kpi_7_gymbehorighet.csv";

    private static List<String> lines() throws IOException {
        Path p = Path.of("../shared/data/kolada_rkolada_vgr/" + FILE);
        return Files.readAllLines(Files.exists(p) ? p : Path.of("/work/shared/data/kolada_rkolada_vgr/" + FILE), StandardCharsets.UTF_8);
    }

    private static ParsedFile parse(String text, Charset charset) {
        return ImportFormat.KOLADA_CSV.parse(text.getBytes(charset), FILE, ImportOptions.none());
    }

    @Test
    void the_whole_file_reads_all_its_3411_rows() throws IOException {
        assertThat(parse(String.join("\n", lines()) + "\n", StandardCharsets.UTF_8).rows()).hasSize(3411);
    }

    @Test
    void a_file_cut_inside_its_last_row_is_refused_with_the_rows_read_before_it() throws IOException {
        List<String> all = lines();
        String last = all.get(2000);
        // cut inside the row: "N15424,1472,2005,1,M,84,Tibro,K" ends as "N15424,1472,"
        String cut = String.join("\n", all.subList(0, 2000)) + "\n" + last.substring(0, 12);
        assertThatThrownBy(() -> parse(cut, StandardCharsets.UTF_8)).isInstanceOfSatisfying(ImportFailure.class, e -> {
            assertThat(e.messageKey()).isIn("followup.import.error.noLineEnd", "followup.import.error.fieldCount");
            assertThat(e.where()).isEqualTo(FILE + ", rad 2001");
        });
        // cut inside the last field, so that the row still has all its fields: only the missing line end tells
        String inLastField = String.join("\n", all.subList(0, 2000)) + "\n" + last.substring(0, last.length() - 1);
        assertThatThrownBy(() -> parse(inLastField, StandardCharsets.UTF_8)).isInstanceOfSatisfying(ImportFailure.class, e -> {
            assertThat(e.messageKey()).isEqualTo("followup.import.error.noLineEnd");
            assertThat(e.where()).isEqualTo(FILE + ", rad 2001");
            assertThat(e.arguments()).containsExactly(FILE + ", rad 2001", 1999);
        });
    }

    @Test
    void a_file_cut_at_a_line_boundary_is_refused_when_it_declares_its_rows() throws IOException {
        List<String> all = lines();
        String cut = "# rader: 3411\n" + String.join("\n", all.subList(0, 2000)) + "\n";
        assertThatThrownBy(() -> parse(cut, StandardCharsets.UTF_8)).isInstanceOfSatisfying(ImportFailure.class, e -> {
            assertThat(e.messageKey()).isEqualTo("followup.import.error.declaredRows");
            assertThat(e.arguments()).containsExactly(FILE, 3411, 1999);
        });
        assertThat(parse("# rader: 3411\n" + String.join("\n", all) + "\n", StandardCharsets.UTF_8).rows()).hasSize(3411);
        // without a declared count the cut cannot be seen in the file: the import's report says how many rows were read
        assertThat(parse(String.join("\n", all.subList(0, 2000)) + "\n", StandardCharsets.UTF_8).rows()).hasSize(1999);
    }

    @Test
    void utf16_with_its_byte_order_mark_and_windows_1252_read_the_same_rows_and_utf16_without_it_names_the_problem() throws IOException {
        String text = String.join("\r\n", lines()) + "\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertThat(ImportFormat.KOLADA_CSV.parse(withBom, FILE, ImportOptions.none()).rows()).hasSize(3411);
        ParsedFile cp1252 = parse(text, Charset.forName("windows-1252"));
        assertThat(cp1252.rows()).hasSize(3411);
        assertThat(cp1252.notes()).extracting(Note::key).contains("followup.import.note.windows1252");
        assertThatThrownBy(() -> ImportFormat.KOLADA_CSV.parse(body, FILE, ImportOptions.none()))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(e.messageKey()).isEqualTo("followup.import.error.utf16WithoutBom"));
    }
}
