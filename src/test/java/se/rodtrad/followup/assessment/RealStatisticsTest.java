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
    void a_year_without_values_yet_is_assessed_on_the_latest_year_with_data_and_says_which() {
        // regional/halland_vaxthusgaser_lan_1990-2024.csv ends with 2024 (Örebro län 1 244 472 t); nothing is published for 2026 yet
        IndicatorAssessment a = assess("rtn-2023/rtn-ind-vaxthusgaser", 2026);
        assertThat(a.computed().status()).isNotEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(texts.explain(a.computed())).contains("2026 finns ännu inte; bedömningen görs på senaste värde: 2024.")
                .contains("1 900 171").contains("1 244 472");
        // a gap in the middle of a series is no "not yet": BRP per invånare 2020 stays missing (2021 is published)
        IndicatorAssessment brp = assessments.assess(DemoIndicators.find(assessments, contents, plans, "rtn-2026/rtn-ind-brp-per-invanare").id(),
                Period.year(2020));
        assertThat(texts.explain(brp.targets().get(0).computed())).doesNotContain("senaste värde");
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
    void the_share_of_research_and_development_in_brp_is_derived_from_kolada_and_scb_and_compared_with_the_comparable_counties() {
        // derived_fou_andel_av_brp: Örebro län 2019 (4 806 + 1 076 + 1 516 kr/inv) / 420 tkr = 1,76 %, 2021 = 1,54 %
        IndicatorAssessment a = assess("rtn-2023/rtn-ind-fou-andel-brp", 2021);
        assertThat(a.measure().code()).isEqualTo("DERIVED_FOU_ANDEL_AV_BRP");
        assertThat(a.computed().status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        assertThat(texts.explain(a.computed())).contains("2019–2021").contains("1,76").contains("1,54");
        assertThat(a.indicator().targetNote()).contains("N85085");
    }

    @Test
    void firm_establishments_are_followed_with_new_firms_per_thousand_at_the_latest_statistics_and_say_it_is_a_neighbour() {
        for (String name : List.of("rtn-2023/rtn-ind-foretagsetableringar", "rs-2024/rs-ind-nationell-attraktionskraft")) {
            IndicatorAssessment a = assess(name, 2023);
            assertThat(a.measure().code()).as(name).isEqualTo("DERIVED_NYSTARTADE_PER_1000_INV");
            assertThat(a.computed().status()).as(name).isNotEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
            // Örebro län 2021: 1 865 / 306 792 × 1 000 = 6,08; the series ends with 2021
            assertThat(texts.explain(a.computed())).as(name).contains("6,08").contains("2021");
            assertThat(a.indicator().targetNote()).as(name).contains("närmaste publicerade mått");
        }
    }

    @Test
    void upper_secondary_completion_is_weighted_from_the_school_municipalities_and_assessed_at_the_latest_statistics() {
        // derived_gy11: beginners 2016/17 → 71,2 % by 2020, 2017/18 → 73,0 % by 2021 (Skolverket, weighted by beginners)
        IndicatorAssessment a = assess("rtn-2023/rtn-ind-gymnasieexamen-4ar", 2023);
        assertThat(a.measure().code()).isEqualTo("DERIVED_GY11_EXAMEN_INOM_4AR_LAN");
        assertThat(a.computed().status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(texts.explain(a.computed())).contains("71,2").contains("73").contains("2020–2021")
                .contains("Mål 2 (").contains("kan ej bedömas");
        IndicatorAssessment repeated = assess("rtn-2023/rtn-ind-gymnasieexamen-4ar-upprepad", 2023);
        assertThat(repeated.computed().status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(texts.explain(repeated.computed())).contains("senaste värde: 2021");
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
            java.util.Set<java.util.UUID> fromGrants = new java.util.HashSet<>();
            java.util.Set<java.util.UUID> byPerson = new java.util.HashSet<>();
            java.util.Set<java.util.UUID> personAsked = new java.util.HashSet<>();
            for (int year = 2010; year <= 2025; year++) {
                for (IndicatorAssessment a : assessments.assessPlan(plan.id(), Period.year(year))) {
                    all.add(a.indicator().planItemId());
                    if (a.judged()) {
                        byPerson.add(a.indicator().planItemId());
                    }
                    if (a.computed().needsPerson()) {
                        personAsked.add(a.indicator().planItemId());
                    }
                    if (a.measure() != null) {
                        linked.add(a.indicator().planItemId());
                        if (a.computed().status() != AssessmentStatus.KAN_EJ_BEDOMAS) {
                            // grant statistics arrive from the grant register as measures of their own (BIDRAG-…)
                            (a.measure().code().startsWith("BIDRAG-") ? fromGrants : assessed).add(a.indicator().planItemId());
                        }
                    }
                }
            }
            assessedFromData.put(key, assessed.size());
            java.util.Set<java.util.UUID> none = new java.util.HashSet<>(all);
            none.removeAll(assessed);
            none.removeAll(fromGrants);
            none.removeAll(byPerson);
            System.out.println("[real-data] " + key + ": " + all.size() + " indicators, " + linked.size() + " linked to a measure, "
                    + assessed.size() + " assessed from real statistics in some year, " + fromGrants.size() + " from grant statistics, "
                    + byPerson.size() + " judged by a person, " + none.size() + " not assessed (" + personAsked.size()
                    + " of them qualitative or without a stated target form: for a person to judge)");
        }
        // RTN 2023: greenhouse gases, new firms, children in vulnerable households, solar power (energy per BRP lacks 2005)
        // … FoU per BRP (derived), företagsetableringar (new firms per 1 000, a neighbour) and both gymnasieexamen indicators
        assertThat(assessedFromData.get("rtn-2023")).isGreaterThanOrEqualTo(8);
        // greenhouse gases and nationell attraktionskraft (new firms per 1 000, a neighbour)
        assertThat(assessedFromData.get("rs-2024")).isGreaterThanOrEqualTo(2);
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
