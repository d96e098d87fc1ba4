package se.rodtrad.followup.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import se.rodtrad.RodtradTest;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.audit.HistoryEntry;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;

/**
 * How an import writes: new values go in with COPY and their audit entries per statement (bench/ measured the
 * per-row path as far slower than the database's own COPY). What is stored and what the history shows must be
 * exactly what the row-by-row INSERT wrote: every field, awkward characters included, and one INSERT entry per
 * value by the person who imported; revisions are still recorded per value.
 */
@RodtradTest
@WithMockUser("admin")
class ImportWriteTest {

    @Autowired
    Imports imports;
    @Autowired
    Measures measures;
    @Autowired
    IndicatorValues values;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    private static final String SOURCE = "Kolada\\v3 \"export\"\ttabb\nrad två, åäö";

    private static byte[] page(String kpi, double first) {
        StringBuilder sb = new StringBuilder("{\"values\": [");
        String[] units = {"1880", "0018"};
        int n = 0;
        for (String unit : units) {
            for (int year = 2021; year <= 2023; year++) {
                if (n++ > 0) {
                    sb.append(',');
                }
                double v = first + n;
                sb.append("{\"kpi\": \"").append(kpi).append("\", \"municipality\": \"").append(unit).append("\", \"period\": ").append(year)
                        .append(", \"values\": [{\"gender\": \"K\", \"value\": ").append(v + 0.5).append("}, {\"gender\": \"M\", \"value\": ")
                        .append(v - 0.5).append(", \"count\": 3}, {\"gender\": \"T\", \"value\": null, \"status\": \"Sekretess\\\\t\"}]}");
            }
        }
        return sb.append("], \"count\": ").append(n).append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private ImportReport importPage(byte[] page) {
        return imports.run(new ImportRequest(ImportFormat.KOLADA_JSON, List.of(new ImportFile("skrivtest.json", page)),
                new ImportOptions(null, null, Map.of(), Map.of(), SOURCE, LocalDate.of(2024, 3, 15), true), false));
    }

    @Test
    void every_field_of_an_imported_value_is_stored_as_given_and_each_value_has_its_insert_in_the_history() {
        Measure m = measures.create(new MeasureForm("TEST-SKRIV", null, "Skrivtest", "skrivtest", "antal", "Skrivtest", null, null, "Test", true));
        ImportReport report = importPage(page("TEST-SKRIV", 10));
        assertThat(report.inserted()).isEqualTo(18);

        List<IndicatorValue> stored = values.values(m.id());
        assertThat(stored).hasSize(18).allSatisfy(v -> {
            assertThat(v.source()).isEqualTo(SOURCE);
            assertThat(v.published()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(v.exempeldata()).isTrue();
            assertThat(v.importId()).isEqualTo(report.importId());
            assertThat(v.updatedBy()).isEqualTo("admin");
            assertThat(v.version()).isZero();
        });
        IndicatorValue k = stored.stream().filter(v -> v.unitCode().equals("1880") && v.period().code().equals("2021") && v.gender() == Gender.K)
                .findFirst().orElseThrow();
        assertThat(k.value()).isEqualByComparingTo(new BigDecimal("11.5"));
        assertThat(k.count()).isNull();
        IndicatorValue male = stored.stream().filter(v -> v.unitCode().equals("0018") && v.period().code().equals("2023") && v.gender() == Gender.M)
                .findFirst().orElseThrow();
        assertThat(male.value()).isEqualByComparingTo(new BigDecimal("15.5"));
        assertThat(male.count()).isEqualTo(3);
        assertThat(stored).filteredOn(v -> v.gender() == Gender.T).allSatisfy(v -> {
            assertThat(v.value()).isNull();
            assertThat(v.status()).isEqualTo("Sekretess\\t");
        });

        for (IndicatorValue v : stored) {
            List<HistoryEntry> history = audit.history("indicator_value", v.id());
            assertThat(history).singleElement().satisfies(h -> {
                assertThat(h.operation()).isEqualTo(HistoryEntry.Operation.INSERT);
                assertThat(h.actor()).isEqualTo("admin");
                assertThat(h.objectId()).isEqualTo(v.id().toString());
                assertThat(h.changes()).anySatisfy(c -> {
                    assertThat(c.field()).isEqualTo("source");
                    assertThat(c.after()).isEqualTo(SOURCE);
                });
            });
        }
        // recorded under the measure, as before: the measure's history lists its values
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'indicator_value' and aggregate_type = 'measure' "
                + "and aggregate_id = ? and operation = 'INSERT'").param(m.id().toString()).query(Long.class).single()).isEqualTo(18);
    }

    @Test
    void a_revision_by_a_later_import_is_still_recorded_per_value() {
        Measure m = measures.create(new MeasureForm("TEST-SKRIV-REV", null, "Skrivtest", "skrivtest", "antal", "Skrivtest", null, null, "Test",
                true));
        importPage(page("TEST-SKRIV-REV", 10));
        ImportReport second = importPage(page("TEST-SKRIV-REV", 20));
        assertThat(second.updated()).isEqualTo(12);
        IndicatorValue revised = values.values(m.id()).stream().filter(v -> v.gender() == Gender.K).findFirst().orElseThrow();
        List<HistoryEntry> history = audit.history("indicator_value", revised.id());
        assertThat(history).filteredOn(h -> h.objectType().equals("indicator_value")).extracting(HistoryEntry::operation)
                .containsExactly(HistoryEntry.Operation.UPDATE, HistoryEntry.Operation.INSERT);
        assertThat(history).filteredOn(h -> h.objectType().equals("indicator_value_revision")).extracting(HistoryEntry::operation)
                .containsExactly(HistoryEntry.Operation.INSERT);
    }
}
