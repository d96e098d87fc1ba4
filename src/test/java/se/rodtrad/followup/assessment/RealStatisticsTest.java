package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.assessment.Assessments.IndicatorAssessment;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.planning.PlanContents;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.WebConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * RTN's and RS's indicators assessed from the real county series of regional_statistics (demo/followup/regional): the
 * figures in each explanation are the published ones, and where a series is a neighbour of what the indicator asks the
 * indicator says so.
 */
@RodtradTest
@WithMockUser(username = "controller")
class RealStatisticsTest {

    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentTexts texts;
    @Autowired
    PlanContents contents;
    @Autowired
    Plans plans;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void swedish() {
        LocaleContextHolder.setLocale(WebConfiguration.SWEDISH);
    }

    private IndicatorAssessment assess(String name, int year) {
        return assessments.assess(DemoIndicators.find(assessments, contents, plans, name).id(), Period.year(year));
    }

    @Test
    void greenhouse_gases_are_assessed_against_2005_from_the_county_totals() {
        // regional/halland_vaxthusgaser_lan_1990-2024.csv: Örebro län 2005 = 1 900 171 t, 2023 = 1 100 653 t (−42,1 %)
        for (String name : List.of("rtn-2023/rtn-ind-vaxthusgaser", "rs-2024/rs-ind-vaxthusgaser")) {
            IndicatorAssessment a = assess(name, 2023);
            assertThat(a.measure().code()).isEqualTo("GHG_TOTALT_TON");
            assertThat(a.computed().status()).as(name).isNotEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
            assertThat(texts.explain(a.computed())).as(name).contains("1 900 171").contains("1 100 653");
        }
    }

    @Test
    void children_in_economically_vulnerable_households_decreased_and_the_age_band_is_named() {
        // N02904, Region Örebro län: 2020 = 10,967323 %, 2021 = 9,589793 %
        IndicatorAssessment a = assess("rtn-2023/rtn-ind-barn-ekonomiskt-utsatta", 2021);
        assertThat(a.computed().status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(texts.explain(a.computed())).contains("2020").contains("2021");
        assertThat(a.indicator().targetNote()).contains("0–19 år").contains("0–17 år");
    }

    @Test
    void new_firms_per_thousand_inhabitants_are_compared_with_the_comparable_counties() {
        IndicatorAssessment a = assess("rtn-2023/rtn-ind-nystartade-foretag", 2021);
        assertThat(a.measure().code()).isEqualTo("DERIVED_NYSTARTADE_PER_1000_INV");
        assertThat(a.computed().status()).isNotEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        // Örebro län 2021: 1 865 new firms / 306 792 inhabitants = 6,079 per 1 000; the four counties' mean 6,16
        assertThat(a.computed().status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        assertThat(texts.explain(a.computed())).contains("2021 var 6,08").contains("medel var 6,16");
        assertThat(a.indicator().targetNote()).contains("N00999");
    }

    @Test
    void energy_per_brp_cannot_be_judged_against_2005_and_says_why() {
        IndicatorAssessment a = assess("rtn-2023/rtn-ind-energianvandning-brp", 2020);
        assertThat(a.measure().code()).isEqualTo("DERIVED_ENERGI_KWH_PER_MNKR_BRP");
        assertThat(a.computed().status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(texts.explain(a.computed())).contains("2005");
    }

    @Test
    void how_many_indicators_of_each_plan_real_data_assess() {
        // an indicator counts when its values assess it for some year (each series ends where its publication ends)
        Map<String, Integer> assessedFromData = new java.util.TreeMap<>();
        for (String key : List.of("rtn-2020", "rtn-2023", "rs-2024", "rtn-2026")) {
            var plan = plans.byKey(key).orElseThrow();
            java.util.Set<java.util.UUID> assessed = new java.util.HashSet<>();
            java.util.Set<java.util.UUID> linked = new java.util.HashSet<>();
            java.util.Set<java.util.UUID> all = new java.util.HashSet<>();
            for (int year = 2010; year <= 2025; year++) {
                for (IndicatorAssessment a : assessments.assessPlan(plan.id(), Period.year(year))) {
                    all.add(a.indicator().planItemId());
                    if (a.measure() != null) {
                        linked.add(a.indicator().planItemId());
                        if (a.computed().status() != AssessmentStatus.KAN_EJ_BEDOMAS) {
                            assessed.add(a.indicator().planItemId());
                        }
                    }
                }
            }
            assessedFromData.put(key, assessed.size());
            System.out.println("[real-data] " + key + ": " + all.size() + " indicators, " + linked.size() + " linked to a measure, "
                    + assessed.size() + " assessed from values in some year");
        }
        // RTN 2023: greenhouse gases, new firms, children in vulnerable households, solar power (energy per BRP lacks 2005)
        assertThat(assessedFromData.get("rtn-2023")).isGreaterThanOrEqualTo(4);
        assertThat(assessedFromData.get("rs-2024")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void from_the_indicator_in_the_plan_tree_one_link_reaches_its_values_and_assessment() throws Exception {
        var plan = plans.byKey("rtn-2023").orElseThrow();
        java.util.UUID item = contents.content(new se.rodtrad.planning.PlanId(plan.id())).orElseThrow().entries().stream()
                .filter(e -> "rtn-ind-vaxthusgaser".equals(e.lineageKey())).findFirst().orElseThrow().id();
        String tree = mvc.perform(get("/planer/" + plan.id())).andReturn().getResponse().getContentAsString();
        assertThat(tree).contains("href=\"/uppfoljning/indikatorer/" + item + "\"");
        // the link is the plan item's id: the follow-up knows the indicator by it, and shows values and assessment
        var page = mvc.perform(get("/uppfoljning/indikatorer/" + item).param("ar", "2023")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Utsläpp av växthusgaser ska minska").contains("1 900 171").contains("1 100 653");
        // and the item's own page links there too
        assertThat(mvc.perform(get("/planer/punkter/" + item)).andReturn().getResponse().getContentAsString())
                .contains("href=\"/uppfoljning/indikatorer/" + item + "\"");
    }
}
