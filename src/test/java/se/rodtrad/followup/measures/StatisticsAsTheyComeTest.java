package se.rodtrad.followup.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.shared.web.Messages;

/**
 * Statistics as the offices publish them (issue 19): quarters as SSB and SCB write them ("2022K1") and as Statistics
 * Finland does ("2022Q1") in json-stat2; the markers R, SCB and Kolada use for a missing value stored as missing with
 * what they mean; a file sent to the wrong import pointed to the one that reads it.
 */
@RodtradTest
@WithMockUser("admin")
class StatisticsAsTheyComeTest {

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

    @BeforeEach
    void swedish() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(se.rodtrad.shared.web.WebConfiguration.SWEDISH);
    }

    private Measure measure(String code) {
        return measures.byCode(code).orElseGet(() -> measures.create(new MeasureForm(code, null, "Testmått " + code, "testmått " + code,
                "antal", "Testmått " + code, null, null, "Test", false)));
    }

    private ImportReport run(ImportFormat format, String name, String text, ImportOptions options) {
        return imports.run(new ImportRequest(format, List.of(new ImportFile(name, text.getBytes(StandardCharsets.UTF_8))), options, false));
    }

    /**
     * A json-stat2 dataset in the shape SSB's and Statistics Finland's APIs answer (class, id, size, dimension with
     * category index and label, role.time, value row-major, status by cell): one contents code, the quarters, no region
     * dimension (the unit is chosen in the import).
     */
    static String jsonStat(String source, List<String> quarters, String values, String status) {
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < quarters.size(); i++) {
            index.append(i == 0 ? "" : ", ").append('"').append(quarters.get(i)).append("\": ").append(i);
        }
        return """
                {"version": "2.0", "class": "dataset", "label": "Sysselsatte, kvartal", "source": "%s", "updated": "2023-05-10T06:00:00Z",
                 "id": ["ContentsCode", "Tid"], "size": [1, %d], "role": {"time": ["Tid"], "metric": ["ContentsCode"]},
                 "dimension": {
                   "ContentsCode": {"label": "statistikkvariabel", "category": {"index": {"Sysselsatte": 0}, "label": {"Sysselsatte": "Sysselsatte"}}},
                   "Tid": {"label": "kvartal", "category": {"index": {%s}}}},
                 "value": [%s]%s}""".formatted(source, quarters.size(), index, values, status == null ? "" : ", \"status\": " + status);
    }

    @Test
    void periods_are_read_as_the_statistics_offices_write_them() {
        assertThat(Period.parse("2022K1")).contains(Period.quarter(2022, 1));
        assertThat(Period.parse("2022Q4")).contains(Period.quarter(2022, 4));
        assertThat(Period.parse("2022-K2").map(Period::code)).contains("2022-K2");
        assertThat(Period.parse("2022H2")).contains(Period.halfYear(2022, 2));
        assertThat(Period.parse("2022M03")).contains(Period.month(2022, 3));
        assertThat(Period.parse("2022K5")).isEmpty();
        assertThat(Period.quarter(2022, 1).previous()).isEqualTo(Period.quarter(2021, 4));
    }

    @Test
    void a_json_stat2_table_with_quarters_imports_each_quarter() {
        Measure ssb = measure("TEST-KVARTAL-SSB");
        ImportReport report = run(ImportFormat.JSONSTAT2, "ssb_kvartal.json",
                jsonStat("Statistisk sentralbyrå", List.of("2022K1", "2022K2", "2022K3", "2022K4"), "101, 102.5, 103, null", null),
                new ImportOptions(ssb.code(), "0018", null, null, null, null, false));
        assertThat(report.rejected()).isZero();
        assertThat(report.inserted()).isEqualTo(4);
        assertThat(values.values(ssb.id())).anySatisfy(v -> {
            assertThat(v.period()).isEqualTo(Period.quarter(2022, 2));
            assertThat(v.value()).isEqualByComparingTo("102.5");
        }).anySatisfy(v -> {
            assertThat(v.period().code()).isEqualTo("2022-K4");
            assertThat(v.value()).isNull();
            assertThat(v.status()).isEqualTo("uppgift inte tillgänglig eller för osäker för att anges (..)");
        });

        Measure finland = measure("TEST-KVARTAL-FI");
        ImportReport fi = run(null, "statfin_kvartal.json",
                jsonStat("Tilastokeskus", List.of("2023Q1", "2023Q2"), "7.5, null", "{\"1\": \"...\"}"),
                new ImportOptions(finland.code(), "0018", null, null, null, null, false));
        assertThat(fi.format()).isEqualTo("JSONSTAT2");
        assertThat(fi.inserted()).isEqualTo(2);
        assertThat(values.values(finland.id())).anySatisfy(v -> {
            assertThat(v.period()).isEqualTo(Period.quarter(2023, 2));
            assertThat(v.value()).isNull();
            assertThat(v.status()).isEqualTo("uppgift inte tillgänglig (...)");
        });
    }

    @Test
    void the_missing_markers_of_r_scb_and_kolada_are_stored_as_missing_with_their_meaning() {
        Measure m = measure("TEST-SAKNAS");
        ImportReport report = run(ImportFormat.TEMPLATE_CSV, "saknade.csv", """
                matt;enhet;period;kon;varde
                TEST-SAKNAS;0018;2019;T;NA
                TEST-SAKNAS;0018;2020;T;..
                TEST-SAKNAS;0018;2021;T;-
                TEST-SAKNAS;0018;2022;T;…
                TEST-SAKNAS;0018;2023;T;12,5
                """, ImportOptions.none());
        assertThat(report.rejected()).isZero();
        assertThat(values.values(m.id())).extracting(v -> v.period().code() + " " + v.value() + " " + v.status()).containsExactlyInAnyOrder(
                "2019 null uppgift saknas (NA)",
                "2020 null uppgift inte tillgänglig eller för osäker för att anges (..)",
                "2021 null uppgift saknas (-)",
                "2022 null uppgift inte tillgänglig (…)",
                "2023 12.5 null");
    }

    @Test
    void a_pxweb_file_posted_to_the_kolada_import_is_pointed_to_the_right_import() throws Exception {
        byte[] pxweb;
        try (InputStream in = new ClassPathResource("followup/pxweb_v1_BefolkningNy_response.json").getInputStream()) {
            pxweb = in.readAllBytes();
        }
        String answer = mvc.perform(post("/api/v1/imports/kolada").with(httpBasic("admin", "admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(pxweb)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).contains("422").contains("kolada.json: filen är PxWeb v1 (JSON), inte Kolada API (JSON v2/v3)")
                .contains("POST /api/v1/imports med format=PXWEB_V1").contains("Uppföljning → Importer");
    }

    @Test
    void a_kolada_page_sent_as_pxweb_or_json_stat_is_pointed_to_the_kolada_import() {
        String kolada = """
                {"count": 1, "values": [{"kpi": "N01951", "municipality": "1880", "period": 2020,
                  "values": [{"count": 1, "gender": "T", "status": "", "value": 156381.0}]}]}""";
        for (ImportFormat wrong : List.of(ImportFormat.PXWEB_V1, ImportFormat.JSONSTAT2)) {
            assertThatThrownBy(() -> run(wrong, "kolada-sida.json", kolada, ImportOptions.none()))
                    .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(messages.get(e.messageKey(), e.arguments()))
                            .startsWith("kolada-sida.json: filen är Kolada API (JSON v2/v3), inte ")
                            .contains("format=KOLADA_JSON"));
        }
    }
}
