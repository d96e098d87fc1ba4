package se.rodtrad.followup.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.shared.web.Messages;

@RodtradTest
@WithMockUser("admin")
class ImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @Autowired
    Measures measures;
    @Autowired
    IndicatorValues values;
    @Autowired
    Messages messages;

    @org.junit.jupiter.api.BeforeEach
    void swedish() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(se.rodtrad.shared.web.WebConfiguration.SWEDISH);
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private Measure measure(String code, boolean byGender) {
        return measures.byCode(code).orElseGet(() -> measures.create(new MeasureForm(code, code.matches("[NU]\\d{5}") ? code : null,
                "Testmått " + code, "testmått " + code, "antal", "Testmått " + code, null, null, "Test", byGender)));
    }

    private ImportReport run(ImportFormat format, String name, byte[] bytes, ImportOptions options, boolean dryRun) {
        return imports.run(new ImportRequest(format, List.of(new ImportFile(name, bytes)), options, dryRun));
    }

    private String message(ImportFailure e) {
        return messages.get(e.messageKey(), e.arguments());
    }

    /** The real rKolada file with its KPI renamed to a measure only this test uses. */
    private byte[] n00945As(String code) throws IOException {
        return new String(resource("demo/followup/kolada/rkolada_values_n00945.csv"), StandardCharsets.UTF_8)
                .replace(",N00945,", "," + code + ",").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_real_rkolada_file_imported_twice_changes_nothing_the_second_time() throws IOException {
        Measure m = measure("TEST-VAB", false);
        byte[] file = n00945As("TEST-VAB");
        ImportReport first = run(ImportFormat.KOLADA_CSV, "rkolada_values_n00945.csv", file, ImportOptions.none(), false);
        assertThat(first.inserted()).isEqualTo(63);
        assertThat(first.rejected()).isZero();
        ImportReport second = run(ImportFormat.KOLADA_CSV, "rkolada_values_n00945.csv", file, ImportOptions.none(), false);
        assertThat(List.of(second.inserted(), second.updated(), second.unchanged(), second.rejected())).containsExactly(0, 0, 63, 0);
        assertThat(messages.get("followup.import.summary", second.inserted(), second.updated(), second.unchanged(), second.rejected()))
                .isEqualTo("0 nya, 0 reviderade, 63 oförändrade, 0 avvisade.");
        // Stockholm 2000, as in the file's second line: 31.32959689
        assertThat(values.values(m.id())).anySatisfy(v -> {
            assertThat(v.unitCode()).isEqualTo("0180");
            assertThat(v.period()).isEqualTo(Period.year(2000));
            assertThat(v.value()).isEqualByComparingTo("31.32959689");
        });
    }

    @Test
    void the_demo_kolada_files_are_already_loaded_so_importing_them_again_finds_every_value_unchanged() throws IOException {
        byte[] grp = resource("demo/followup/kolada/rkolada_values_grp_data.csv");
        ImportReport again = run(null, "rkolada_values_grp_data.csv", grp,
                new ImportOptions(null, null, null, null, null, LocalDate.parse("2026-03-23"), false), true);
        assertThat(List.of(again.inserted(), again.updated(), again.unchanged(), again.rejected())).containsExactly(0, 0, 192, 0);
        assertThat(again.format()).isEqualTo("KOLADA_CSV");
    }

    @Test
    void a_dry_run_shows_what_would_change_and_writes_nothing() throws IOException {
        Measure m = measure("TEST-DRY", false);
        ImportReport dry = run(ImportFormat.KOLADA_CSV, "n00945.csv", n00945As("TEST-DRY"), ImportOptions.none(), true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.inserted()).isEqualTo(63);
        assertThat(dry.changes()).first().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ImportReport.Kind.INSERT);
            assertThat(c.where()).isEqualTo("n00945.csv, rad 2");
            assertThat(c.unit()).isEqualTo("0180 Stockholm");
            assertThat(c.after()).isEqualTo("31.32959689");
        });
        assertThat(values.values(m.id())).isEmpty();
    }

    @Test
    void a_truncated_csv_is_refused_naming_the_line_and_nothing_is_written() throws IOException {
        Measure m = measure("TEST-TRUNC", false);
        String whole = new String(n00945As("TEST-TRUNC"), StandardCharsets.UTF_8);
        List<String> lines = whole.lines().toList();
        // cut in the middle of the file, and in the middle of line 31
        String cut = String.join("\n", lines.subList(0, 30)) + "\n" + lines.get(30).substring(0, 12);
        byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> run(ImportFormat.KOLADA_CSV, "n00945.csv", bytes, ImportOptions.none(), false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(message(e))
                        .isEqualTo("n00945.csv, rad 31: filen slutar mitt i raden – den saknar radslut, som varje rad i en CSV-fil har. Filen är "
                                + "troligen avklippt; 29 hela rader lästes före den, och inget importerades. Om raden är hel: avsluta filen med en "
                                + "radbrytning och importera igen."));
        assertThat(values.values(m.id())).isEmpty();
    }

    @Test
    void a_value_that_is_no_number_fails_the_whole_import_naming_line_and_field() throws IOException {
        Measure m = measure("TEST-NAN", false);
        String bad = new String(n00945As("TEST-NAN"), StandardCharsets.UTF_8).replace("28.36722648", "28.36x");
        assertThatThrownBy(() -> run(ImportFormat.KOLADA_CSV, "n00945.csv", bad.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false))
                .isInstanceOfSatisfying(ImportFailure.class,
                        e -> assertThat(message(e)).isEqualTo("n00945.csv, rad 3, fält \"value\": \"28.36x\" är inget tal."));
        assertThat(values.values(m.id())).isEmpty();
    }

    static final String KOLADA_V2_PAGE1 = """
            {"count": 2, "next_page": "http://api.kolada.se/v2/data/kpi/N01951/year/2020,2021?page=2&per_page=2",
             "values": [
              {"kpi": "N01951", "municipality": "1880", "period": 2020,
               "values": [{"count": 1, "gender": "T", "status": "", "value": 156381.0}]},
              {"kpi": "N01951", "municipality": "1880", "period": 2021,
               "values": [{"count": 1, "gender": "T", "status": "", "value": 157435}]}
             ]}""";
    static final String KOLADA_V2_PAGE2 = """
            {"count": 1, "next_page": null, "previous_page": "http://api.kolada.se/v2/data/kpi/N01951/year/2020,2021?page=1&per_page=2",
             "values": [
              {"kpi": "N01951", "municipality": "1885", "period": 2021,
               "values": [{"count": 1, "gender": "T", "status": "", "value": 23290}]}
             ]}""";

    @Test
    void kolada_v2_pages_are_imported_together_and_the_second_time_nothing_changes() {
        Measure m = measure("N01951", false);
        List<ImportFile> pages = List.of(new ImportFile("sida1.json", KOLADA_V2_PAGE1.getBytes(StandardCharsets.UTF_8)),
                new ImportFile("sida2.json", KOLADA_V2_PAGE2.getBytes(StandardCharsets.UTF_8)));
        ImportReport first = imports.run(new ImportRequest(null, pages, ImportOptions.none(), false));
        assertThat(first.inserted()).isEqualTo(3);
        // no notes but how many rows each page gave
        assertThat(first.notes()).extracting(n -> messages.get(n.key(), n.arguments()))
                .containsExactly("sida1.json: 2 rader lästes.", "sida2.json: 1 rader lästes.");
        ImportReport second = imports.run(new ImportRequest(null, pages, ImportOptions.none(), false));
        assertThat(List.of(second.inserted(), second.updated(), second.unchanged(), second.rejected())).containsExactly(0, 0, 3, 0);
        assertThat(values.values(m.id())).extracting(IndicatorValue::unitCode).containsExactlyInAnyOrder("1880", "1880", "1885");

        // only the first page: the report says that more pages exist
        ImportReport onlyFirst = run(ImportFormat.KOLADA_JSON, "sida1.json", KOLADA_V2_PAGE1.getBytes(StandardCharsets.UTF_8),
                ImportOptions.none(), true);
        assertThat(onlyFirst.notes()).extracting(n -> messages.get(n.key(), n.arguments()))
                .anySatisfy(s -> assertThat(s).startsWith("Kolada-svaret i sida1.json fortsätter på fler sidor"));
    }

    @Test
    void kolada_v3_with_sex_and_a_missing_value_is_read_with_its_status() {
        Measure m = measure("N99904", true);
        String v3 = """
                {"count": 1, "next_url": null, "previous_url": null,
                 "values": [{"kpi": "N99904", "municipality": "0018", "period": 2023, "values": [
                   {"count": 1, "gender": "K", "status": "", "value": 3.2},
                   {"count": 1, "gender": "M", "status": "", "value": 2.9},
                   {"count": 0, "gender": "T", "status": "Saknas", "value": null}]}]}""";
        ImportReport r = run(ImportFormat.KOLADA_JSON, "v3.json", v3.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false);
        assertThat(r.inserted()).isEqualTo(3);
        assertThat(values.values(m.id())).anySatisfy(v -> {
            assertThat(v.gender()).isEqualTo(Gender.T);
            assertThat(v.value()).isNull();
            assertThat(v.status()).isEqualTo("Saknas");
        });
    }

    @Test
    void a_truncated_kolada_json_is_refused_with_its_line_and_nothing_is_written() {
        Measure m = measure("N01952", false);
        String page = KOLADA_V2_PAGE1.replace("N01951", "N01952");
        byte[] cut = page.substring(0, page.indexOf("157435")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> run(null, "sida1.json", cut, ImportOptions.none(), false))
                .isInstanceOfSatisfying(ImportFailure.class,
                        e -> assertThat(message(e)).isEqualTo("sida1.json, rad 6: JSON-filen tar slut mitt i. Filen är avkortad."));
        String fewer = page.replace("\"count\": 2", "\"count\": 3");
        assertThatThrownBy(() -> run(null, "sida1.json", fewer.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(message(e))
                        .isEqualTo("sida1.json: \"count\" säger 3 värden men filen innehåller 2. Filen är avkortad eller ändrad."));
        String badGender = page.replace("\"gender\": \"T\", \"status\": \"\", \"value\": 157435", "\"gender\": \"X\", \"status\": \"\", \"value\": 157435");
        assertThatThrownBy(() -> run(null, "sida1.json", badGender.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(message(e))
                        .isEqualTo("sida1.json: values[1].values[0], fält \"gender\": kön \"X\" känns inte igen (T, K eller M)."));
        assertThat(values.values(m.id())).isEmpty();
    }

    @Test
    void rows_for_unknown_units_or_measures_are_rejected_with_reasons_and_the_rest_imported() {
        measure("N01953", false);
        String page = """
                {"values": [
                  {"kpi": "N01953", "municipality": "1880", "period": 2021, "values": [{"gender": "T", "value": 1}]},
                  {"kpi": "N01953", "municipality": "9999", "period": 2021, "values": [{"gender": "T", "value": 2}]},
                  {"kpi": "N99999", "municipality": "1880", "period": 2021, "values": [{"gender": "T", "value": 3}]}]}""";
        ImportReport r = run(null, "blandat.json", page.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false);
        assertThat(r.inserted()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.rejections()).extracting(x -> x.where() + ": " + messages.get(x.reason().key(), x.reason().arguments()))
                .containsExactly("blandat.json: values[1].values[0]: Enheten 9999 finns inte i organisationen.",
                        "blandat.json: values[2].values[0]: Måttet N99999 finns inte i Röd tråd. Lägg upp det under Mått och statistik, och importera igen.");
    }

    @Test
    void a_newer_publication_revises_the_value_and_keeps_the_old_one_and_an_older_one_changes_nothing() {
        Measure m = measure("TEST-REV-IMPORT", false);
        String older = "matt;enhet;period;varde;kalla;publicerad\nTEST-REV-IMPORT;06;2019;426;regionfakta;2021-12-10\n";
        String newer = "matt;enhet;period;varde;kalla;publicerad\nTEST-REV-IMPORT;06;2019;427;regionfakta;2023-12-14\n";
        assertThat(run(null, "a.csv", older.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false).inserted()).isEqualTo(1);
        ImportReport revised = run(null, "b.csv", newer.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false);
        assertThat(revised.updated()).isEqualTo(1);
        assertThat(revised.changes().get(0).before()).isEqualTo("426");
        assertThat(revised.changes().get(0).after()).isEqualTo("427");
        IndicatorValue v = values.values(m.id()).get(0);
        assertThat(v.value()).isEqualByComparingTo("427");
        assertThat(values.revisions(v.id())).singleElement().satisfies(rev -> {
            assertThat(rev.value()).isEqualByComparingTo("426");
            assertThat(rev.published()).hasToString("2021-12-10");
            assertThat(rev.reason()).isEqualTo("Import b.csv (publicerad 2023-12-14)");
        });
        ImportReport again = run(null, "a.csv", older.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false);
        assertThat(List.of(again.inserted(), again.updated(), again.unchanged(), again.rejected())).containsExactly(0, 0, 1, 0);
        String otherOld = "matt;enhet;period;varde;publicerad\nTEST-REV-IMPORT;06;2019;425;2020-12-21\n";
        ImportReport rejected = run(null, "c.csv", otherOld.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false);
        assertThat(rejected.rejected()).isEqualTo(1);
        assertThat(messages.get(rejected.rejections().get(0).reason().key(), rejected.rejections().get(0).reason().arguments()))
                .isEqualTo("Värdet är publicerat 2020-12-21, tidigare än det lagrade värdet (427, publicerat 2023-12-14); det nyare behålls.");
    }

    @Test
    void a_population_table_imported_into_a_percent_measure_is_held_for_confirmation_and_written_only_when_confirmed() throws IOException {
        Measure m = measures.byCode("TEST-ANDEL-PROCENT").orElseGet(() -> measures.create(new MeasureForm("TEST-ANDEL-PROCENT", null,
                "Testandel", "testandel", "%", "Testandel", null, null, "Test", false)));
        String share = "matt;enhet;period;kon;varde\nTEST-ANDEL-PROCENT;0000;2015;T;85,6\n";
        assertThat(run(null, "andel.csv", share.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false).inserted()).isEqualTo(1);
        byte[] population = resource("followup/pxweb_v1_BefolkningNy_response.json");
        ImportOptions options = new ImportOptions(m.code(), "0000", Map.of("Civilstand", "OG"), null, null, null, false);
        ImportReport held = run(null, "BefolkningNy.json", population, options, false);
        assertThat(List.of(held.inserted(), held.updated(), held.rejected())).containsExactly(0, 0, 3);
        assertThat(held.rejections()).extracting(x -> messages.get(x.reason().key(), x.reason().arguments())).first().isEqualTo(
                "Hålls för bekräftelse: 5157443 kan inte vara en andel i procent (TEST-ANDEL-PROCENT mäts i %). Kontrollera att filen hör till "
                        + "rätt mått.");
        assertThat(held.notes()).extracting(n -> messages.get(n.key(), n.arguments()))
                .anySatisfy(n -> assertThat(n).startsWith("3 värden hålls för bekräftelse"));
        assertThat(values.values(m.id())).extracting(v -> v.period().code() + "=" + v.value().toPlainString()).containsExactly("2015=85.6");

        // a count in a measure of counts: more than a hundred times its history is held too
        Measure count = measure("TEST-ANTAL-HISTORIK", false);
        run(null, "antal.csv", "matt;enhet;period;kon;varde\nTEST-ANTAL-HISTORIK;0000;2014;T;120\n".getBytes(StandardCharsets.UTF_8),
                ImportOptions.none(), false);
        ImportReport far = run(null, "BefolkningNy.json", population,
                new ImportOptions(count.code(), "0000", Map.of("Civilstand", "OG"), null, null, null, false), true);
        assertThat(far.rejections()).extracting(x -> x.reason().key()).containsOnly("followup.import.hold.history");

        ImportReport confirmed = run(null, "BefolkningNy.json", population,
                new ImportOptions(m.code(), "0000", Map.of("Civilstand", "OG"), null, null, null, false, true), false);
        assertThat(List.of(confirmed.inserted(), confirmed.updated(), confirmed.rejected())).containsExactly(2, 1, 0);
        assertThat(values.values(m.id())).extracting(v -> v.period().code() + "=" + v.value().toPlainString())
                .containsExactly("2015=5157443", "2016=5257563", "2017=5347489");
    }

    @Test
    void the_real_pxweb_v1_response_needs_a_choice_for_civilstand_and_then_gives_three_years() throws IOException {
        Measure m = measure("TEST-FOLKMANGD-OGIFTA", false);
        byte[] file = resource("followup/pxweb_v1_BefolkningNy_response.json");
        assertThatThrownBy(() -> run(null, "BefolkningNy.json", file, new ImportOptions(m.code(), "0000", null, null, null, null, false), false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(message(e)).startsWith(
                        "BefolkningNy.json: dimensionen Civilstand (civilstånd) har flera värden (OG, G, SK, ÄNKL)."));
        ImportReport r = run(null, "BefolkningNy.json", file,
                new ImportOptions(m.code(), "0000", Map.of("Civilstand", "OG"), null, null, null, false), false);
        assertThat(r.format()).isEqualTo("PXWEB_V1");
        assertThat(r.inserted()).isEqualTo(3);
        assertThat(r.published()).hasToString("2025-02-21");
        assertThat(values.values(m.id())).extracting(v -> v.period().code() + "=" + v.value().toPlainString())
                .containsExactly("2015=5157443", "2016=5257563", "2017=5347489");
        assertThat(run(null, "BefolkningNy.json", file,
                new ImportOptions(m.code(), "0000", Map.of("Civilstand", "OG"), null, null, null, false), false).unchanged()).isEqualTo(3);
    }

    @Test
    void the_real_json_stat2_response_gives_riket_men_2024() throws IOException {
        Measure m = measure("TEST-FOLKMANGD-0AR", true);
        byte[] file = resource("followup/pxweb_v2_TAB638_jsonstat2_response.json");
        ImportReport r = run(null, "TAB638.json", file, new ImportOptions(m.code(), null, null, null, null, null, false), false);
        assertThat(r.format()).isEqualTo("JSONSTAT2");
        assertThat(r.inserted()).isEqualTo(1);
        assertThat(r.notes()).extracting(n -> messages.get(n.key(), n.arguments()))
                .contains("Fast värde i tabellen: civilstånd = ogifta.", "Fast värde i tabellen: ålder = 0 år.");
        IndicatorValue v = values.values(m.id()).get(0);
        assertThat(v.unitCode()).isEqualTo("0000");
        assertThat(v.gender()).isEqualTo(Gender.M);
        assertThat(v.period()).isEqualTo(Period.year(2024));
        assertThat(v.value()).isEqualByComparingTo("50937");
        assertThat(v.published()).hasToString("2025-02-21");
        // cut off: fewer values than the sizes promise
        String cut = new String(file, StandardCharsets.UTF_8).replace("\"value\": [\n    50937\n  ]", "\"value\": []");
        assertThat(cut).contains("\"value\": []");
        assertThatThrownBy(() -> run(null, "TAB638.json", cut.getBytes(StandardCharsets.UTF_8),
                new ImportOptions(m.code(), null, null, null, null, null, false), false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(message(e))
                        .isEqualTo("TAB638.json: tabellen ska ha 1 värden men \"value\" har 0. Filen är avkortad eller ändrad."));
    }

    @Test
    void our_template_as_swedish_csv_and_as_xlsx() throws IOException {
        Measure m = measure("TEST-MALL", true);
        String csv = "# Egen mall\nmatt;enhet;period;kon;varde;kalla;publicerad;preliminar\n"
                + "TEST-MALL;0018;2024-T1;K;\"1 234,5\";Egen enkät;2024-05-15;ja\n"
                + "TEST-MALL;RTN;2024-03;T;−2,25;Egen enkät;;nej\n";
        ImportReport r = run(null, "mall.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.none(), false);
        assertThat(r.format()).isEqualTo("TEMPLATE_CSV");
        assertThat(r.inserted()).isEqualTo(2);
        assertThat(values.values(m.id())).anySatisfy(v -> {
            assertThat(v.period()).isEqualTo(Period.tertial(2024, 1));
            assertThat(v.value()).isEqualByComparingTo("1234.5");
            assertThat(v.preliminary()).isTrue();
        }).anySatisfy(v -> {
            assertThat(v.unitCode()).isEqualTo("RTN");
            assertThat(v.period()).isEqualTo(Period.month(2024, 3));
            assertThat(v.value()).isEqualByComparingTo("-2.25");
        });

        Measure x = measure("TEST-MALL-XLSX", false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("Värden");
            String[] header = {"matt", "enhet", "period", "varde", "publicerad"};
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("TEST-MALL-XLSX");
            row.createCell(1).setCellValue("1880");
            row.createCell(2).setCellValue(2022);
            row.createCell(3).setCellValue(4.1);
            row.createCell(4).setCellValue("2023-01-31");
            wb.write(out);
        }
        ImportReport xr = run(null, "mall.xlsx", out.toByteArray(), ImportOptions.none(), false);
        assertThat(xr.format()).isEqualTo("TEMPLATE_XLSX");
        assertThat(values.values(x.id())).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("4.1");
            assertThat(v.period()).isEqualTo(Period.year(2022));
            assertThat(v.published()).hasToString("2023-01-31");
        });
        byte[] broken = java.util.Arrays.copyOf(out.toByteArray(), out.size() / 2);
        assertThatThrownBy(() -> run(null, "trasig.xlsx", broken, ImportOptions.none(), false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(message(e)).startsWith("trasig.xlsx: filen går inte att läsa som XLSX"));
    }

    @Test
    void the_kolada_api_endpoint_takes_a_json_body_or_files_and_reports() throws Exception {
        measure("N01954", false);
        String page = KOLADA_V2_PAGE2.replace("N01951", "N01954");
        mvc.perform(post("/api/v1/imports/kolada").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON).content(page))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(1))
                .andExpect(jsonPath("$.importId").isNotEmpty());
        mvc.perform(multipart("/api/v1/imports/kolada").file(new MockMultipartFile("file", "sida2.json", "application/json",
                        page.getBytes(StandardCharsets.UTF_8))).with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("0 nya, 0 reviderade, 1 oförändrade, 0 avvisade."));
        mvc.perform(post("/api/v1/imports/kolada?dryRun=true").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(page.substring(0, 60)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("kolada.json, rad 1: JSON-filen tar slut mitt i.")));
        mvc.perform(post("/api/v1/imports/kolada").with(httpBasic("politiker", "politiker")).contentType(MediaType.APPLICATION_JSON)
                        .content(page))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports/kolada?url=http://169.254.169.254/latest/meta-data").with(httpBasic("admin", "admin")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Adressen \"http://169.254.169.254/latest/meta-data\" hämtas inte: bara api.kolada.se är tillåtet."));
    }

    @Test
    void the_import_page_dry_runs_then_imports_what_was_dry_run() throws Exception {
        Measure m = measure("TEST-SIDIMPORT", false);
        MockMultipartFile file = new MockMultipartFile("files", "mall.csv", "text/csv",
                "matt;enhet;period;varde\nTEST-SIDIMPORT;0018;2021;12\n".getBytes(StandardCharsets.UTF_8));
        var session = new org.springframework.mock.web.MockHttpSession();
        String page = mvc.perform(multipart("/uppfoljning/importer").file(file).param("action", "dryrun").session(session)
                        .with(user("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Provkörning – ingenting är sparat.").contains("1 nya, 0 reviderade, 0 oförändrade, 0 avvisade.");
        assertThat(values.values(m.id())).isEmpty();
        String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(post("/uppfoljning/importer/bekrafta").param("token", token).session(session).with(user("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(values.values(m.id())).hasSize(1);
        String broken = mvc.perform(multipart("/uppfoljning/importer").file(new MockMultipartFile("files", "trasig.csv", "text/csv",
                                "matt;enhet;period;varde\nTEST-SIDIMPORT;0018;2022;1;2\n".getBytes(StandardCharsets.UTF_8)))
                        .param("action", "import").with(user("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(broken).contains("trasig.csv, rad 2: raden har 5 fält men rubrikraden har 4.").contains("Ingenting har importerats");
        mvc.perform(get("/uppfoljning/importer").with(user("lasare"))).andExpect(status().isOk());
    }
}
