package se.rodtrad.followup.measures.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Hostile input never escapes a parser as anything but a clear {@link ImportFailure}: the real files cut
 * at every kind of place, bytes flipped, garbage inserted, absurd numbers and nesting.
 */
class ParserRobustnessTest {

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private record Sample(ImportFormat format, String name, byte[] bytes, ImportOptions options) {
    }

    private static List<Sample> samples() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Värden");
            var h = sheet.createRow(0);
            String[] header = {"matt", "enhet", "period", "varde"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("X");
            r.createCell(1).setCellValue("0018");
            r.createCell(2).setCellValue("2021");
            r.createCell(3).setCellValue(4.5);
            wb.write(xlsx);
        }
        ImportOptions scb = new ImportOptions("X", "0000", Map.of("Civilstand", "OG"), null, null, null, false);
        return List.of(
                new Sample(ImportFormat.KOLADA_CSV, "grp.csv", resource("demo/followup/kolada/rkolada_values_grp_data.csv"), ImportOptions.none()),
                new Sample(ImportFormat.KOLADA_CSV, "uvas.csv", resource("demo/followup/kolada/df_kpi_9_uvas.csv"), ImportOptions.none()),
                new Sample(ImportFormat.TEMPLATE_CSV, "brp.csv", resource("demo/followup/scb/brp_per_invanare_lan_snapshots.csv"),
                        new ImportOptions("X", null, null, Map.of("enhet", "kolada_id", "period", "ar", "varde", "brp_per_inv_tkr",
                                "publicerad", "publicerad"), null, null, false)),
                new Sample(ImportFormat.PXWEB_V1, "px.json", resource("followup/pxweb_v1_BefolkningNy_response.json"), scb),
                new Sample(ImportFormat.JSONSTAT2, "js.json", resource("followup/pxweb_v2_TAB638_jsonstat2_response.json"), scb),
                new Sample(ImportFormat.KOLADA_JSON, "k.json", """
                        {"count": 2, "next_page": null, "values": [
                          {"kpi": "N1", "municipality": "1880", "period": 2020, "values": [{"count": 1, "gender": "T", "status": "", "value": 1.5}]},
                          {"kpi": "N1", "municipality": "1880", "period": 2021, "values": [{"count": 1, "gender": "K", "status": "", "value": null}]}]}"""
                        .getBytes(StandardCharsets.UTF_8), ImportOptions.none()),
                new Sample(ImportFormat.TEMPLATE_XLSX, "m.xlsx", xlsx.toByteArray(), ImportOptions.none()));
    }

    private static void mustNotCrash(Sample s, byte[] bytes, String what) {
        try {
            ParsedFile parsed = s.format().parse(bytes, s.name(), s.options());
            assertThat(parsed).isNotNull();
        } catch (ImportFailure e) {
            assertThat(e.messageKey()).startsWith("followup.import.error.");
            assertThat(e.arguments()).isNotEmpty();
        } catch (Throwable t) {
            fail(s.format() + " " + what + " threw " + t, t);
        }
    }

    @Test
    void every_real_sample_parses_as_it_is() throws IOException {
        for (Sample s : samples()) {
            assertThat(s.format().parse(s.bytes(), s.name(), s.options()).rows()).as(s.name()).isNotEmpty();
        }
    }

    @Test
    void truncation_anywhere_is_a_clear_failure_or_a_shorter_file() throws IOException {
        for (Sample s : samples()) {
            int step = Math.max(1, s.bytes().length / 150);
            for (int cut = 0; cut < s.bytes().length; cut += step) {
                mustNotCrash(s, java.util.Arrays.copyOf(s.bytes(), cut), "cut at " + cut);
            }
        }
    }

    @Test
    void flipped_bytes_and_inserted_garbage_never_crash_a_parser() throws IOException {
        Random random = new Random(20261123);
        byte[][] garbage = {"\"".getBytes(StandardCharsets.UTF_8), "{".getBytes(StandardCharsets.UTF_8), "]".getBytes(StandardCharsets.UTF_8),
                ",".getBytes(StandardCharsets.UTF_8), ";".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
                "1e999999999".getBytes(StandardCharsets.UTF_8), "-".getBytes(StandardCharsets.UTF_8), new byte[] {0},
                new byte[] {(byte) 0xff, (byte) 0xfe}, "null".getBytes(StandardCharsets.UTF_8), "9".repeat(400).getBytes(StandardCharsets.UTF_8),
                "ÅÄÖ".getBytes(StandardCharsets.UTF_8), "\u2028".getBytes(StandardCharsets.UTF_8)};
        for (Sample s : samples()) {
            for (int i = 0; i < 300; i++) {
                byte[] b = s.bytes().clone();
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                mustNotCrash(s, b, "flip " + i);
                int at = random.nextInt(s.bytes().length);
                byte[] g = garbage[random.nextInt(garbage.length)];
                byte[] ins = new byte[s.bytes().length + g.length];
                System.arraycopy(s.bytes(), 0, ins, 0, at);
                System.arraycopy(g, 0, ins, at, g.length);
                System.arraycopy(s.bytes(), at, ins, at + g.length, s.bytes().length - at);
                mustNotCrash(s, ins, "insert " + i);
            }
        }
    }

    @Test
    void absurd_but_well_formed_input_is_refused_clearly() {
        List<byte[]> inputs = new ArrayList<>();
        inputs.add("[".repeat(5000).getBytes(StandardCharsets.UTF_8));
        inputs.add("{\"values\": [{\"kpi\": \"N1\", \"municipality\": \"1\", \"period\": 1e999999999, \"values\": []}]}".getBytes(StandardCharsets.UTF_8));
        inputs.add("{\"values\": [{\"kpi\": \"N1\", \"municipality\": \"1\", \"period\": 2021, \"values\": [{\"gender\": \"T\", \"value\": 1e999999999}]}]}"
                .getBytes(StandardCharsets.UTF_8));
        inputs.add("{\"values\": [{\"kpi\": {\"a\": 1}, \"municipality\": [], \"period\": true, \"values\": {}}]}".getBytes(StandardCharsets.UTF_8));
        inputs.add("{\"class\": \"dataset\", \"id\": [\"a\", \"b\"], \"size\": [2000000, 2000000], \"dimension\": {}, \"value\": []}"
                .getBytes(StandardCharsets.UTF_8));
        inputs.add("{\"columns\": [{\"code\": \"Tid\", \"type\": \"t\"}], \"data\": [{\"key\": [\"2021\"], \"values\": []}]}"
                .getBytes(StandardCharsets.UTF_8));
        inputs.add(("kpi,municipality_id,year,value\n" + "N1,1880,2021,\"" + "x".repeat(20000) + "\"\n").getBytes(StandardCharsets.UTF_8));
        inputs.add(new byte[0]);
        inputs.add(new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        for (ImportFormat f : ImportFormat.values()) {
            for (byte[] in : inputs) {
                mustNotCrash(new Sample(f, "x", in, ImportOptions.none()), in, f + " absurd");
            }
        }
    }
}
