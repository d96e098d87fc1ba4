package se.rodtrad.followup.measures;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.grants.GrantStatisticsChanged;

/**
 * Keeps the grant register's statistics as measure values, so that an indicator counting grants (RTN: "Antal beviljade
 * företagsstöd till företag som drivs av kvinnor") is assessed from the register without anyone typing a number. Each
 * change is imported through the same path as any file — our own template, source "Röd tråd bidragsregister", published
 * the day the register changed — so it has an import report, a changed figure becomes a revision, and an unchanged one is
 * left alone. A series the follow-up does not yet know is added as a measure first.
 */
@Component
class GrantStatisticsImport {

    private final MeasureRepository measures;
    private final Imports imports;

    GrantStatisticsImport(MeasureRepository measures, Imports imports) {
        this.measures = measures;
        this.imports = imports;
    }

    @ApplicationModuleListener
    void on(GrantStatisticsChanged changed) {
        StringBuilder csv = new StringBuilder("matt;enhet;period;kon;varde;antal;kalla;publicerad;preliminar\n");
        int rows = 0;
        for (GrantStatisticsChanged.Series s : changed.series()) {
            if (measures.findByCode(s.code()).isEmpty()) {
                measures.insert(new Measure(null, s.code(), null, s.name(), s.shortName(), s.unit(), s.subject(), s.denominator(), s.description(),
                        changed.source(), s.byGender(), 0, null, null), "system");
            }
            for (GrantStatisticsChanged.Value v : s.values()) {
                csv.append(String.join(";", s.code(), v.unitCode(), v.period(), v.sex(), v.value().toPlainString(),
                        v.count() == null ? "" : String.valueOf(v.count()), changed.source(), changed.published().toString(),
                        v.preliminary() ? "ja" : "nej")).append('\n');
                rows++;
            }
        }
        if (rows == 0) {
            return;
        }
        imports.runAsSystem(new ImportRequest(ImportFormat.TEMPLATE_CSV,
                List.of(new ImportFile("bidragsregistret-" + changed.published() + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8))),
                new ImportOptions(null, null, null, null, changed.source(), changed.published(), false), false));
    }
}
