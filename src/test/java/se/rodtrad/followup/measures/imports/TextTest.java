package se.rodtrad.followup.measures.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An uploaded file's encoding found, or the real problem named (issue 21: UTF-16 was reported as "row 3413"). */
class TextTest {

    static final String CSV = "kolada_id;ar;varde\n0018;2022;85,6\n";

    static byte[] withBom(Charset charset, byte... bom) {
        ByteBuffer encoded = charset.encode(CSV);
        byte[] b = new byte[bom.length + encoded.remaining()];
        System.arraycopy(bom, 0, b, 0, bom.length);
        encoded.get(b, bom.length, encoded.remaining());
        return b;
    }

    @Test
    void utf8_utf16_with_a_byte_order_mark_and_windows_1252_are_read_as_written() {
        assertThat(Text.decode(CSV.getBytes(StandardCharsets.UTF_8), "a.csv").text()).isEqualTo(CSV);
        assertThat(Text.decode(withBom(StandardCharsets.UTF_16LE, (byte) 0xff, (byte) 0xfe), "excel-unicode.txt").text()).isEqualTo(CSV);
        assertThat(Text.decode(withBom(StandardCharsets.UTF_16BE, (byte) 0xfe, (byte) 0xff), "be.txt").text()).isEqualTo(CSV);
        Text.Decoded excel = Text.decode("enhet;värde\nÖrebro;1\n".getBytes(Charset.forName("windows-1252")), "excel.csv");
        assertThat(excel.text()).isEqualTo("enhet;värde\nÖrebro;1\n");
        assertThat(excel.windows1252()).isTrue();
    }

    @Test
    void utf16_without_a_byte_order_mark_and_files_that_are_no_text_are_refused_naming_the_problem() {
        assertThatThrownBy(() -> Text.decode(CSV.getBytes(StandardCharsets.UTF_16LE), "utan-bom.csv"))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.messageKey()).isEqualTo("followup.import.error.utf16WithoutBom"));
        byte[] workbook = {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 'x', 'l', '/', 'w', 'o', 'r', 'k',
            'b', 'o', 'o', 'k', '.', 'x', 'm', 'l', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'};
        assertThatThrownBy(() -> Text.decode(workbook, "arbetsbok.csv"))
                .isInstanceOfSatisfying(ImportFailure.class, f -> assertThat(f.messageKey()).isEqualTo("followup.import.error.binary"));
    }
}
