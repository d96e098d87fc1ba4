package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.followup.assessment.Assessments.IndicatorAssessment;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.WebConfiguration;

@RodtradTest
class AssessmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentTexts texts;
    @Autowired
    AuditTrail audit;
    @Autowired
    Plans plans;

    @BeforeEach
    void swedish() {
        LocaleContextHolder.setLocale(WebConfiguration.SWEDISH);
    }

    @Autowired
    se.rodtrad.planning.PlanContents contents;

    private FollowedIndicator indicator(String name) {
        return DemoIndicators.find(assessments, contents, plans, name);
    }

    /** BRP per invånare (tkr) per county and year, the latest publication of each, read straight from the two CSV files. */
    private static Map<String, BigDecimal> brpFromCsv() throws IOException {
        Map<String, BigDecimal> value = new HashMap<>();
        Map<String, LocalDate> published = new HashMap<>();
        for (String file : List.of("demo/followup/scb/brp_per_invanare_lan_timeseries.csv", "demo/followup/scb/brp_per_invanare_lan_snapshots.csv")) {
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                List<String> header = List.of(lines.get(0).split(","));
                for (String line : lines.subList(1, lines.size())) {
                    String[] c = line.split(",");
                    String key = c[header.indexOf("lan_kod")] + "/" + c[header.indexOf("ar")];
                    LocalDate date = LocalDate.parse(c[header.indexOf("publicerad")]);
                    if (!published.containsKey(key) || date.isAfter(published.get(key))) {
                        published.put(key, date);
                        value.put(key, new BigDecimal(c[header.indexOf("brp_per_inv_tkr")]));
                    }
                }
            }
        }
        return value;
    }

    private static String pct(BigDecimal from, BigDecimal to) {
        return to.subtract(from).divide(from, MathContext.DECIMAL64).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
    }

    @Test
    void brp_per_invanare_2021_is_assessed_against_the_comparable_counties_with_the_numbers() throws IOException {
        // By hand from the CSV files: 2020 is missing for Örebro (18), Kronoberg (07), Värmland (17) and Västmanland (19),
        // so the latest year with values for all five is 2019.
        Map<String, BigDecimal> brp = brpFromCsv();
        assertThat(brp).doesNotContainKey("18/2020");
        BigDecimal o19 = brp.get("18/2019");
        BigDecimal o21 = brp.get("18/2021");
        BigDecimal g19 = BigDecimal.ZERO;
        BigDecimal g21 = BigDecimal.ZERO;
        for (String lan : List.of("06", "07", "17", "19")) {
            g19 = g19.add(brp.get(lan + "/2019"));
            g21 = g21.add(brp.get(lan + "/2021"));
        }
        g19 = g19.divide(BigDecimal.valueOf(4));
        g21 = g21.divide(BigDecimal.valueOf(4));
        // 422 → 456 = +8,06 %; mean (427 + 465 + 387 + 398) / 4 = 419,25 → (472 + 508 + 426 + 415) / 4 = 455,25 = +8,59 %
        assertThat(List.of(o19, o21, g19, g21)).extracting(BigDecimal::toPlainString).containsExactly("422", "456", "419.25", "455.25");
        assertThat(pct(o19, o21)).isEqualTo("8,1");
        assertThat(pct(g19, g21)).isEqualTo("8,6");

        IndicatorAssessment whole = assessments.assess(indicator("rtn-2026/rtn-ind-brp-per-invanare#2").id(), Period.year(2021));
        assertThat(whole.indicator().text()).startsWith("Bruttoregionalprodukt (BRP) per invånare (tkr/invånare). Jämförbara med andra län.");
        Assessment a = whole.targets().get(1).computed();
        assertThat(a.status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        assertThat(texts.explain(a)).isEqualTo(
                "BRP per invånare i Region Örebro län ökade " + pct(o19, o21) + " % 2019–2021 (422 → 456); "
                        + "jämförbara läns medel ökade " + pct(g19, g21) + " % (419,25 → 455,25): ej uppfyllt. "
                        + "Jämförelsen avser 2019–2021 eftersom värden för 2020 saknas för Region Örebro län, Region Kronoberg, "
                        + "Region Värmland och Region Västmanland. "
                        + "Jämförda: Region Jönköpings län 427 → 472, Region Kronoberg 465 → 508, Region Värmland 387 → 426 och "
                        + "Region Västmanland 398 → 415; ovägt medel. "
                        + "Värdena kommer från olika publiceringar (2020-12-21, 2021-12-10 och 2023-12-14); källan reviderar tidigare år, "
                        + "så nivåerna kan skilja något mellan dem.");
    }

    @Test
    void the_same_indicator_against_the_previous_year_says_that_2020_is_missing() {
        Assessment a = assessments.assess(indicator("rtn-2026/rtn-ind-brp-per-invanare").id(), Period.year(2021)).targets().get(0).computed();
        assertThat(a.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(texts.explain(a)).isEqualTo("Värde för BRP per invånare i Region Örebro län 2020 saknas.");
    }

    @Test
    void an_indicator_with_two_targets_is_one_assessment_and_the_weakest_target_that_can_be_assessed_counts() {
        // BRP per invånare, RTN 2026: "ska öka" (2020 missing: cannot be assessed) and "högre ökning än jämförbara län" (not met)
        IndicatorAssessment byFirst = assessments.assess(indicator("rtn-2026/rtn-ind-brp-per-invanare").id(), Period.year(2021));
        IndicatorAssessment bySecond = assessments.assess(indicator("rtn-2026/rtn-ind-brp-per-invanare#2").id(), Period.year(2021));
        assertThat(bySecond).isEqualTo(byFirst);
        assertThat(byFirst.targets()).hasSize(2);
        assertThat(byFirst.indicator().targetIndex()).isZero();
        assertThat(byFirst.computed().status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        assertThat(texts.explain(byFirst.computed()))
                .startsWith("Styrtalet har 2 mål som bedöms tillsammans; det svagaste bedömbara målet avgör (mål som inte kan bedömas räknas inte): ej uppfyllt.")
                .contains("Mål 1 (").contains("): kan ej bedömas. Värde för BRP per invånare i Region Örebro län 2020 saknas.")
                .contains("Mål 2 (").contains("): ej uppfyllt. BRP per invånare i Region Örebro län ökade 8,1 % 2019–2021");
        // the plan's list holds the indicator once
        var plan = plans.byKey("rtn-2026").orElseThrow();
        assertThat(assessments.assessPlan(plan.id(), Period.year(2021)))
                .filteredOn(x -> x.indicator().planItemId().equals(byFirst.indicator().planItemId())).hasSize(1);
    }

    @Test
    void brp_per_sysselsatt_cannot_be_assessed_and_the_per_invanare_data_is_named_not_used() {
        IndicatorAssessment a = assessments.assess(indicator("rtn-2023/rtn-ind-brp-per-sysselsatt").id(), Period.year(2021));
        assertThat(a.measure().code()).isEqualTo("N03701");
        assertThat(a.computed().status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(texts.explain(a.computed())).isEqualTo("Värden för BRP per sysselsatt 2021 saknas för Region Örebro län, "
                + "Region Jönköpings län, Region Kronoberg, Region Värmland och Region Västmanland. "
                + "Det finns värden för BRP per invånare (SCB-BRP-PER-INV), men det är ett annat mått och används inte i stället.");
        // and linked straight to the per-invånare series it is refused, not silently substituted
        Assessment wrong = assessments.assess(a.indicator().text(), a.indicator().target(), "SCB-BRP-PER-INV", a.subject(), Period.year(2021));
        assertThat(wrong.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(texts.explain(wrong)).startsWith("Indikatorn avser BRP per sysselsatt, men måttet SCB-BRP-PER-INV");
    }

    @Test
    @WithMockUser("controller")
    void a_person_overrides_with_a_reason_and_the_computed_one_and_every_change_stay_in_the_history() {
        FollowedIndicator f = indicator("rtn-2026/rtn-ind-brp-per-invanare");
        int y = 2020;
        assertThatThrownBy(() -> assessments.judge(f.id(), y, "UPPFYLLT", "  ", null))
                .isInstanceOf(se.rodtrad.shared.domain.ValidationException.class);
        IndicatorAssessment judged = assessments.judge(f.id(), y, "DELVIS_UPPFYLLT", "SCB:s BRP för 2020 är ännu inte publicerad per län; "
                + "preliminära uppgifter pekar på en ökning.", null);
        assertThat(judged.status()).isEqualTo(AssessmentStatus.DELVIS_UPPFYLLT);
        assertThat(judged.computed().status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(judged.judgement().computedStatus()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(judged.judgement().computedExplanation()).startsWith("Styrtalet har 2 mål som bedöms tillsammans")
                .contains("Värde för BRP per invånare i Region Örebro län 2020 saknas.");
        assertThat(judged.judgement().updatedBy()).isEqualTo("controller");
        // a stale second judgement is a conflict, the first stays
        assertThatThrownBy(() -> assessments.judge(f.id(), y, "EJ_UPPFYLLT", "annan bedömning", null))
                .isInstanceOf(se.rodtrad.shared.domain.ConflictException.class);
        IndicatorAssessment changed = assessments.judge(f.id(), y, "EJ_UPPFYLLT", "Ny bedömning efter dialog", judged.judgement().version());
        assertThat(changed.status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        IndicatorAssessment withdrawn = assessments.withdraw(f.id(), y, "Vi väntar på SCB", changed.judgement().version());
        assertThat(withdrawn.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(audit.history("assessment_judgement", changed.judgement().id()))
                .hasSize(3)
                .anySatisfy(e -> assertThat(e.changes()).anySatisfy(c -> {
                    assertThat(c.field()).isEqualTo("status");
                    assertThat(c.before()).isEqualTo("DELVIS_UPPFYLLT");
                    assertThat(c.after()).isEqualTo("EJ_UPPFYLLT");
                }));
    }

    @Test
    void a_person_without_the_body_in_scope_may_not_judge() throws Exception {
        FollowedIndicator f = indicator("rtn-2026/rtn-ind-brp-per-invanare#2");
        mvc.perform(post("/api/v1/followed-indicators/" + f.id() + "/judgement").with(httpBasic("controller-rs", "controller-rs"))
                        .contentType("application/json").content("{\"period\":2021,\"status\":\"UPPFYLLT\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/uppfoljning/indikatorer/" + f.id() + "/bedomning").with(user("omradeschef")).with(csrf())
                        .param("ar", "2021").param("status", "UPPFYLLT").param("reason", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_plan_assessments_api_answers_per_item_with_status_and_explanation() throws Exception {
        var plan = plans.byKey("rtn-2026").orElseThrow();
        FollowedIndicator brp = indicator("rtn-2026/rtn-ind-brp-per-invanare");
        FollowedIndicator second = indicator("rtn-2026/rtn-ind-brp-per-invanare#2");
        String one = "$[?(@.itemId == '" + brp.planItemId() + "')]";
        mvc.perform(get("/api/v1/plans/" + plan.id() + "/assessments?period=2021").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(one + ".indicatorId").value(org.hamcrest.Matchers.contains(brp.id().toString())))
                .andExpect(jsonPath(one + ".planId").value(plan.id().toString()))
                .andExpect(jsonPath(one + ".status").value("EJ_UPPFYLLT"))
                .andExpect(jsonPath(one + ".targets[1].followedId").value(second.id().toString()))
                .andExpect(jsonPath(one + ".targets[1].status").value("EJ_UPPFYLLT"))
                .andExpect(jsonPath(one + ".targets[0].status").value("KAN_EJ_BEDOMAS"))
                .andExpect(jsonPath(one + ".targets[1].explanation").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("BRP per invånare i Region Örebro län ökade 8,1 % 2019–2021"))));
        // the item is the plan's own item: the same id /plans/{id}/items gives
        mvc.perform(get("/api/v1/plans/" + plan.id() + "/items").with(httpBasic("lasare", "lasare")))
                .andExpect(jsonPath("$[?(@.id == '" + brp.planItemId() + "')].type").value("INDICATOR"));
    }

    @Test
    void every_plan_gives_one_assessment_per_indicator_named_by_the_items_the_plan_api_returns() throws Exception {
        for (String key : List.of("rtn-2023", "rtn-2020", "rs-2024", "rtn-2026")) {
            var plan = plans.byKey(key).orElseThrow();
            String items = mvc.perform(get("/api/v1/plans/" + plan.id() + "/items").with(httpBasic("lasare", "lasare")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> indicators = com.jayway.jsonpath.JsonPath.read(items, "$[?(@.type == 'INDICATOR')].id");
            String answer = mvc.perform(get("/api/v1/plans/" + plan.id() + "/assessments?period=2023").with(httpBasic("lasare", "lasare")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> assessed = com.jayway.jsonpath.JsonPath.read(answer, "$[*].itemId");
            assertThat(indicators).as(key).isNotEmpty();
            assertThat(assessed).as(key).hasSameSizeAs(indicators).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(indicators);
        }
    }

    @Test
    void the_indicator_pages_show_status_words_the_sentence_the_chart_and_its_numbers() throws Exception {
        FollowedIndicator f = indicator("rtn-2026/rtn-ind-brp-per-invanare#2");
        String page = mvc.perform(get("/uppfoljning/indikatorer/" + f.id() + "?ar=2021").with(user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ej uppfyllt").contains("✖").contains("<svg").contains("Jämförbara läns medel")
                .contains("ökade 8,1 % 2019–2021").contains("Region Västmanland").contains("Riket")
                .doesNotContain("Din bedömning");
        String list = mvc.perform(get("/uppfoljning/indikatorer?plan=rtn-2026&ar=2021").with(user("controller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Bruttoregionalprodukt (BRP) per invånare").contains("kan ej bedömas").contains("ej uppfyllt");
        String asController = mvc.perform(get("/uppfoljning/indikatorer/" + f.id() + "?ar=2021").with(user("controller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asController).contains("Din bedömning");
    }
}
