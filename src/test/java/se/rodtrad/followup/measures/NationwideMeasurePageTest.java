package se.rodtrad.followup.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import se.rodtrad.followup.measures.web.MeasurePagesAccess;

/**
 * A measure with values for many units (Kolada's are nationwide: 312 units) shows the home region, its comparison
 * group, riket and the county's municipalities first, and every unit on request — the numbers always as a table.
 */
@RodtradTest
class NationwideMeasurePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Measures measures;
    @Autowired
    IndicatorValues values;

    private static final Pattern ROW = Pattern.compile("<th scope=\"row\">([^<]*)</th>");

    private String page(String url, Locale locale) throws Exception {
        return mvc.perform(get(url).with(user("lasare")).cookie(new jakarta.servlet.http.Cookie("rodtrad-lang", locale.getLanguage()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String normalised(String html) {
        // a chart's element ids are made per drawing (identity hash)
        return html.replaceAll("\"[cb][0-9a-f]{1,8}-", "\"chart-").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("X-CSRF-TOKEN&quot;: &quot;[^&]*&quot;", "X-CSRF-TOKEN&quot;: &quot;&quot;");
    }

    private static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        // the values table (the chart above has a table of its own numbers)
        Matcher m = ROW.matcher(html.substring(html.indexOf("id=\"values-heading\"")));
        while (m.find()) {
            rows.add(m.group(1));
        }
        return rows;
    }

    @Test
    void a_nationwide_series_shows_the_regions_own_context_first_and_every_unit_on_request() throws Exception {
        // 0018 Örebro län, its comparison group 0006 0007 0017 0019, riket, 3 of its municipalities, and 50 units elsewhere
        List<String> units = new ArrayList<>(List.of("0018", "0006", "0007", "0017", "0019", "0000", "1880", "1881", "1814"));
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/organisation/kolada-municipalities.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().skip(1).map(l -> l.split(",")[0]).filter(c -> c.length() == 4 && !c.startsWith("18") && !units.contains(c)
                    && c.compareTo("0100") > 0).limit(50).forEach(units::add);
        }
        Measure m = as("admin", () -> measures.create(new MeasureForm("PERF-NATION", null, "Invånare som cyklar till arbetet",
                "Cyklar till arbetet", "andel (%)", "Cykling", null, null, "Testdata", false)));
        int i = 0;
        for (String unit : units) {
            String value = (10 + i++) + ",5";
            as("admin", () -> values.enter(new EnterValue(m.id(), null, null, unit, "2023", "T", value, null, null, "Testdata",
                    null, false, null)));
        }

        String first = page("/uppfoljning/matt/" + m.id(), Locale.forLanguageTag("sv-SE"));
        List<String> shown = rows(first);
        assertThat(shown).hasSize(9).startsWith("Region Örebro län");
        assertThat(shown).contains("Riket", "Örebro", "Kumla", "Lekeberg").noneMatch(n -> n.equals("Malmö") || n.equals("Upplands Väsby"));
        assertThat(first).contains("<caption>", "Visar 9 av 59 enheter: regionen, jämförbara län, riket och länets kommuner.",
                "Visa alla 59 enheter", "alla=1");
        // the values of what is shown are the ones entered
        assertThat(first).contains(">10,5<", ">15,5<");

        // the page reads the values of the shown units only: it is the page read from every value of the series,
        // with a revised value (its "r" mark) and an entry of example data among the units not shown
        IndicatorValue home = values.values(m.id()).stream().filter(v -> v.unitCode().equals("0018")).findFirst().orElseThrow();
        as("admin", () -> values.enter(new EnterValue(m.id(), home.id(), home.version(), null, null, null, "10,7", null, null, "Testdata",
                null, false, "Rättad källa")));
        as("admin", () -> values.enter(new EnterValue(m.id(), null, null, units.get(units.size() - 1), "2022", "T", "1,5", null, null,
                "Testdata", null, false, null)));
        for (Locale locale : List.of(Locale.forLanguageTag("sv-SE"), Locale.ENGLISH)) {
            String shownOnly = normalised(page("/uppfoljning/matt/" + m.id(), locale));
            MeasurePagesAccess.readShownUnitsOnly(false);
            try {
                assertThat(shownOnly).isEqualTo(normalised(page("/uppfoljning/matt/" + m.id(), locale)));
            } finally {
                MeasurePagesAccess.readShownUnitsOnly(true);
            }
            // the 2022 column comes from a unit not shown; the revised value is marked
            assertThat(shownOnly).contains(">2022<", locale.getLanguage().equals("sv") ? ">10,7<" : ">10.7<", "class=\"flag\"");
        }

        String all = page("/uppfoljning/matt/" + m.id() + "?kon=T&alla=1", Locale.forLanguageTag("sv-SE"));
        assertThat(rows(all)).hasSize(59).startsWith(shown.toArray(String[]::new));
        assertThat(all).contains("Visa bara regionen, jämförbara län, riket och länets kommuner").doesNotContain("Visa alla 59 enheter");

        String english = page("/uppfoljning/matt/" + m.id(), Locale.ENGLISH);
        assertThat(english).contains("Showing 9 of 59 units", "county&#39;s municipalities", "Show all 59 units");
    }

    @Test
    void a_series_with_few_units_shows_them_all_without_a_choice() throws Exception {
        Measure m = as("admin", () -> measures.create(new MeasureForm("PERF-FEW", null, "Nya företag per 1 000 invånare",
                "Nya företag", "antal", "Företagande", null, null, "Testdata", false)));
        for (String unit : List.of("0018", "1280", "0180")) {
            as("admin", () -> values.enter(new EnterValue(m.id(), null, null, unit, "2022", "T", "4,2", null, null, "Testdata", null,
                    false, null)));
        }
        String html = page("/uppfoljning/matt/" + m.id(), Locale.forLanguageTag("sv-SE"));
        assertThat(rows(html)).containsExactly("Region Örebro län", "Stockholm", "Malmö");
        assertThat(html).doesNotContain("Visa alla", "Visa bara");
    }

    private static <T> T as(String username, java.util.function.Supplier<T> work) {
        var context = new SecurityContextImpl(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        TestSecurityContextHolder.setContext(context);
        SecurityContextHolder.setContext(context);
        return work.get();
    }
}
