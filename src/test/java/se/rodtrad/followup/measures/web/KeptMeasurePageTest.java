package se.rodtrad.followup.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.measures.EnterValue;
import se.rodtrad.followup.measures.ImportFile;
import se.rodtrad.followup.measures.ImportRequest;
import se.rodtrad.followup.measures.Imports;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.IndicatorValues;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.MeasureForm;
import se.rodtrad.followup.measures.Measures;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UpdateUnit;

/**
 * A measure's page keeps its chart and table of values: the kept page is the page rendered fresh — in Swedish and
 * English, for a reader and for someone who may enter values — and stays so after every kind of change it shows: a
 * value imported, entered by hand or revised, a sibling measure created, a unit renamed. The entry form, with its
 * CSRF token, is never kept.
 */
@RodtradTest
class KeptMeasurePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeasureBodies bodies;
    @Autowired
    Measures measures;
    @Autowired
    IndicatorValues values;
    @Autowired
    Imports imports;
    @Autowired
    Organisation organisation;

    private static final Cookie ENGLISH = new Cookie("rodtrad-lang", "en");

    @AfterEach
    void keepAgain() {
        bodies.setEnabled(true);
    }

    private String page(String url, String user, Cookie... cookies) throws Exception {
        var request = get(url).with(user(user));
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the CSRF token of the page's forms is masked anew on every request; a chart's element ids are made per drawing
        return html.replaceAll("\"[cb][0-9a-f]{1,8}-", "\"chart-").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("X-CSRF-TOKEN&quot;: &quot;[^&]*&quot;", "X-CSRF-TOKEN&quot;: &quot;&quot;");
    }

    /**
     * The page as kept equals the page rendered fresh. The page is asked for first as another reader, so that it is
     * served from what an earlier view kept when there is one (the view before a change), and is kept again after
     * the comparison for the next change to find.
     */
    private String keptEqualsFresh(String url, String user, Cookie... cookies) throws Exception {
        page(url, "lasare", cookies);
        String kept = page(url, user, cookies);
        bodies.setEnabled(false);
        try {
            assertThat(kept).isEqualTo(page(url, user, cookies));
        } finally {
            bodies.setEnabled(true);
        }
        page(url, "lasare", cookies);
        return kept;
    }

    /** Every view of the measure (sexes, all units or the first ones), sv and en, reader and importer: kept = fresh. */
    private void everyViewKeptEqualsFresh(Measure m) throws Exception {
        String base = "/uppfoljning/matt/" + m.id();
        for (String url : List.of(base, base + "?kon=K", base + "?kon=M&alla=1", base + "?alla=1")) {
            for (String user : List.of("lasare", "admin")) {
                keptEqualsFresh(url, user);
                keptEqualsFresh(url, user, ENGLISH);
            }
        }
        // kept once per view and language, whoever asked first: the importer's entry form (its CSRF token) is not in it
        for (String url : List.of(base, base + "?kon=K", base + "?kon=M&alla=1", base + "?alla=1")) {
            page(url, "admin");
            page(url, "lasare", ENGLISH);
        }
        assertThat(bodies.keptBodies()).isNotEmpty().allSatisfy(html -> assertThat(html).doesNotContain("_csrf", "<form", "CSRF", "<body"));
    }

    private static String values(String page) {
        return page.substring(page.indexOf("id=\"values-heading\""));
    }

    private static <T> T as(String username, Supplier<T> work) {
        var context = new SecurityContextImpl(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        TestSecurityContextHolder.setContext(context);
        SecurityContextHolder.setContext(context);
        return work.get();
    }

    /** A Kolada API page of the measure's values for the units and a year: K, M and T per unit. */
    private static byte[] kolada(String kpi, List<String> units, int year, double first) {
        StringBuilder sb = new StringBuilder("{\"values\": [");
        int n = 0;
        for (String unit : units) {
            if (n > 0) {
                sb.append(',');
            }
            double v = first + n++;
            sb.append("{\"kpi\": \"").append(kpi).append("\", \"municipality\": \"").append(unit).append("\", \"period\": ").append(year)
                    .append(", \"values\": [{\"gender\": \"K\", \"value\": ").append(v + 0.5).append("}, {\"gender\": \"M\", \"value\": ")
                    .append(v - 0.5).append("}, {\"gender\": \"T\", \"value\": ").append(v).append("}]}");
        }
        return sb.append("], \"count\": ").append(n).append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private void importYear(String kpi, List<String> units, int year, double first) {
        as("admin", () -> imports.run(new ImportRequest(ImportFormat.KOLADA_JSON, List.of(new ImportFile("kept-" + year + ".json",
                kolada(kpi, units, year, first))), new ImportOptions(null, null, Map.of(), Map.of(), "Testdata", LocalDate.of(2024, 3, 15), false),
                false)));
    }

    @Test
    void a_kept_measure_page_is_the_page_rendered_fresh_after_every_kind_of_change() throws Exception {
        // Örebro län, its comparison group, riket, three of its municipalities and 45 units elsewhere: more than the first rows
        List<String> units = new ArrayList<>(List.of("0018", "0006", "0007", "0017", "0019", "0000", "1880", "1881", "1814"));
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/organisation/kolada-municipalities.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().skip(1).map(l -> l.split(",")[0]).filter(c -> c.length() == 4 && !c.startsWith("18") && !units.contains(c)
                    && c.compareTo("0100") > 0).limit(45).forEach(units::add);
        }
        Measure m = as("admin", () -> measures.create(new MeasureForm("KEPT-CYKEL", null, "Invånare som cyklar till skolan",
                "Cyklar till skolan", "andel (%)", "Cykling till skolan", null, null, "Testdata", true)));
        importYear("KEPT-CYKEL", units, 2022, 20);
        String url = "/uppfoljning/matt/" + m.id();
        everyViewKeptEqualsFresh(m);
        String first = keptEqualsFresh(url, "lasare");
        assertThat(first).contains("Visar 9 av 54 enheter", ">20<").doesNotContain(">2023<", "id=\"enter\"");
        assertThat(keptEqualsFresh(url, "admin")).contains("id=\"enter\"", "name=\"_csrf\"");

        // an import of another year
        importYear("KEPT-CYKEL", units, 2023, 30);
        assertThat(values(keptEqualsFresh(url, "lasare"))).contains(">2023<", ">30<");

        // a value entered by hand, for a period no one had
        as("admin", () -> values.enter(new EnterValue(m.id(), null, null, "0018", "2024", "T", "41,5", null, null, "Testdata", null, true, null)));
        assertThat(values(keptEqualsFresh(url, "lasare"))).contains(">2024<", ">41,5<");
        assertThat(values(keptEqualsFresh(url, "lasare", ENGLISH))).contains(">41.5<");

        // a value revised: the new figure with its mark
        IndicatorValue home = as("admin", () -> values.values(m.id()).stream()
                .filter(v -> v.unitCode().equals("0018") && v.period().code().equals("2022") && v.gender().name().equals("T")).findFirst()
                .orElseThrow());
        String beforeRevision = values(keptEqualsFresh(url, "lasare"));
        as("admin", () -> values.enter(new EnterValue(m.id(), home.id(), home.version(), null, null, null, "19,25", null, null, "Testdata",
                null, false, "Rättad källa")));
        String revised = values(keptEqualsFresh(url, "lasare"));
        assertThat(revised).contains(">19,25<").isNotEqualTo(beforeRevision);
        assertThat(revised.split("class=\"flag\"", -1).length).isGreaterThan(beforeRevision.split("class=\"flag\"", -1).length);

        // a sibling measure: the page names it
        as("admin", () -> measures.create(new MeasureForm("KEPT-CYKEL-2", null, "Elever som cyklar till skolan", "Elever som cyklar",
                "andel (%)", "Cykling till skolan", null, null, "Testdata", false)));
        assertThat(keptEqualsFresh(url, "lasare")).contains("KEPT-CYKEL-2");

        // a unit renamed, and named as before again
        Unit kumla = as("admin", () -> organisation.unitByCode("1881").orElseThrow());
        try {
            as("admin", () -> organisation.updateUnit(new UpdateUnit(kumla.id(), kumla.version(), kumla.name() + " (omdöpt)", kumla.shortName())));
            assertThat(values(keptEqualsFresh(url, "lasare"))).contains(kumla.name() + " (omdöpt)");
        } finally {
            Unit renamed = as("admin", () -> organisation.unitByCode("1881").orElseThrow());
            as("admin", () -> organisation.updateUnit(new UpdateUnit(renamed.id(), renamed.version(), kumla.name(), kumla.shortName())));
        }
        assertThat(values(keptEqualsFresh(url, "lasare"))).contains(kumla.name() + "<").doesNotContain("(omdöpt)");
        everyViewKeptEqualsFresh(m);
    }
}
