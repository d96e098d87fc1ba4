package se.rodtrad.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Predicate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.planning.Plans;

/**
 * The four internal control plans of the seeds, as printed: RTN 2023 (000 r. 1263–1451), RTN 2020 (001 r.
 * 3438–3642), RS 2024 (002 r. 1080–1400) and the RTN 2026 slide (004 r. 453–458). No test mutates these
 * plans; tests that change things work on plans they create themselves.
 */
@RodtradTest
@WithMockUser("lasare")
class InternalControlDemoDataTest {

    @Autowired
    InternalControl internalControl;
    @Autowired
    Plans plans;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private InternalControlPlan ic(String key) {
        return internalControl.plan(plans.byKey(key).orElseThrow().id());
    }

    /** The actions the plan prints — not those the (exempeldata) follow-up added because of a deviation. */
    private static long printedActions(InternalControlPlan ic) {
        return ic.risks().stream().flatMap(r -> r.plannedActions().stream()).count();
    }

    @Test
    void the_four_demo_plans_carry_their_printed_risks_and_actions() {
        assertThat(ic("rtn-2023").risks()).hasSize(4);
        assertThat(printedActions(ic("rtn-2023"))).isEqualTo(6);
        assertThat(ic("rtn-2020").risks()).hasSize(10);
        assertThat(printedActions(ic("rtn-2020"))).isEqualTo(16);
        assertThat(ic("rs-2024").risks()).hasSize(10);
        assertThat(printedActions(ic("rs-2024"))).isEqualTo(14);
        assertThat(ic("rtn-2026").risks()).hasSize(1);
        assertThat(printedActions(ic("rtn-2026"))).isZero();
        // the two actions the invented follow-up of RTN 2023 adds are not in the document: exempeldata, outside the plan's
        assertThat(ic("rtn-2023").risks().stream().flatMap(r -> r.actions().stream()).filter(a -> !a.planned()))
                .hasSize(2).allSatisfy(a -> assertThat(a.exempeldata()).isTrue());
        assertThat(ic("rtn-2023").risks().stream().flatMap(r -> r.plannedActions().stream())).noneMatch(ActionView::exempeldata);
    }

    @Test
    void risk_texts_are_exactly_as_printed_in_the_seeds() {
        assertThat(ic("rtn-2023").risks()).extracting(RiskView::text).contains(
                "Risken att systematiskt arbetsmiljöarbete (SAM) inte bedrivs i enlighet med föreskrifter och Region Örebro läns riktlinjer och rutiner.",
                "Risken att redovisningen inte är rättvisande.");
        assertThat(ic("rtn-2020").risks()).extracting(RiskView::text)
                .contains("Risken att underlag för utbetalning av lön och arvoden inte är korrekta.");
        assertThat(ic("rs-2024").risks()).extracting(RiskView::text)
                .contains("Risken att automatiskt attesterade fakturor blir felaktigt godkända.");
        assertThat(ic("rtn-2026").risks()).extracting(RiskView::text)
                .containsExactly("Risk att systematiskt arbetsmiljöarbete (SAM) inte är välfungerande i vardagen.");
    }

    @Test
    void activities_follow_the_document_order_of_the_tables() {
        assertThat(ic("rtn-2023").risks()).extracting(RiskView::activity).containsExactly("HR", "HR", "Ekonomi", "Informationssäkerhet");
        assertThat(ic("rtn-2020").risks()).extracting(RiskView::activity).containsExactly("HR", "HR", "HR", "HR", "Ekonomi", "Ekonomi",
                "Informationssäkerhet", "Kvalitet och utveckling", "Kvalitet och utveckling", "Juridik");
        assertThat(ic("rs-2024").risks()).extracting(RiskView::activity).containsExactly("HR", "HR", "Ekonomi", "Informationssäkerhet",
                "Kvalitet och utveckling", "Beredskap och säkerhet", "Kommunikation", "Digitalisering", "Hållbar utveckling",
                "Staben hälso- och sjukvård");
        assertThat(ic("rtn-2020").risks()).extracting(RiskView::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void scope_is_what_the_plan_says_and_absent_where_it_says_nothing_at_all() {
        assertThat(ic("rtn-2023").risks()).extracting(RiskView::scope).containsOnly(RiskScope.REGION_WIDE);
        List<RiskView> rtn2020 = ic("rtn-2020").risks();
        assertThat(rtn2020.stream().filter(r -> r.scope() == RiskScope.REGION_WIDE)).hasSize(9);
        assertThat(rtn2020.stream().filter(r -> r.scope() == RiskScope.BODY)).singleElement()
                .extracting(RiskView::text).isEqualTo("Risken att representation hanteras felaktigt i verksamheten");
        List<RiskView> rs2024 = ic("rs-2024").risks();
        assertThat(rs2024.get(0).scope()).isEqualTo(RiskScope.REGION_WIDE);
        // "nämndspecifika risker" (seed 002 l. 1144-1148): the nine without the region-wide mark are the board's own
        assertThat(rs2024.subList(1, 10)).extracting(RiskView::scope).containsOnly(RiskScope.BODY);
        assertThat(ic("rtn-2026").risks().get(0).scope()).isNull();
        // no plan prints a requirement letter per risk
        assertThat(ic("rtn-2020").risks()).extracting(RiskView::requirement).containsOnlyNulls();
    }

    @Test
    void region_wide_risks_are_defined_once_per_year_and_carry_the_region_wide_actions() {
        assertThat(jdbc.sql("select count(*) from ic_region_risk where year = 2023").query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from ic_region_risk where year = 2020").query(Long.class).single()).isEqualTo(9);
        assertThat(jdbc.sql("select count(*) from ic_region_risk where year = 2024").query(Long.class).single()).isEqualTo(1);
        // the region-wide text lives in the region's definition, never copied into the body's row
        assertThat(jdbc.sql("select count(*) from ic_risk where region_risk_id is not null and text is not null").query(Long.class).single())
                .isZero();
        RiskView infosak = ic("rtn-2023").risks().get(3);
        assertThat(infosak.actions().stream().filter(ActionView::regionWide)).hasSize(3)
                .allMatch(a -> a.text().startsWith("Regionövergripande åtgärd: "));
    }

    @Test
    void the_plans_print_the_isk_requirements_and_the_2026_slide_borrows_the_latest() {
        InternalControlPlan rtn2023 = ic("rtn-2023");
        assertThat(rtn2023.requirements()).extracting(RequirementText::letter).containsExactly("a", "b", "c", "d", "e");
        assertThat(rtn2023.requirement("d").orElseThrow().text())
                .isEqualTo("Att redovisningen och uppföljningen av verksamheten och ekonomin är rättvisande och ändamålsenlig.");
        assertThat(rtn2023.requirement("c").orElseThrow().group()).isEqualTo("Intern kontroll");
        assertThat(rtn2023.requirementsFrom()).isNull();
        InternalControlPlan rtn2026 = ic("rtn-2026");
        assertThat(rtn2026.requirements()).hasSize(5);
        assertThat(rtn2026.requirementsFrom()).isEqualTo("rs-2024");
    }

    @Test
    void the_outdated_law_reference_of_rtn_2020_is_kept_as_printed_and_flagged() {
        InternalControlPlan rtn2020 = ic("rtn-2020");
        assertThat(rtn2020.description()).anySatisfy(d -> assertThat(d).contains("Kommunallagen (KL) 6 kap. 7 §"));
        assertThat(rtn2020.findings()).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("ic.finding.lawReference");
            assertThat(f.arguments()).containsExactly("6 kap. 7 §");
        });
        assertThat(ic("rtn-2023").findings()).isEmpty();
        assertThat(ic("rs-2024").findings()).isEmpty();
    }

    @Test
    void assessments_no_plan_prints_are_exempeldata_and_flagged() {
        Predicate<RiskView> exempel = r -> r.assessment() != null && r.assessment().exempeldata();
        assertThat(ic("rtn-2023").risks()).allMatch(exempel);
        assertThat(ic("rs-2024").risks()).allMatch(exempel);
        assertThat(ic("rtn-2020").risks()).allMatch(r -> r.assessment() == null);
        assertThat(ic("rtn-2026").risks()).allMatch(r -> r.assessment() == null);
        InternalControlPlan rtn2023 = ic("rtn-2023");
        assertThat(rtn2023.judgement().exempeldata()).isTrue();
        assertThat(rtn2023.risks()).flatExtracting(RiskView::controls).allMatch(ControlView::exempeldata);
        assertThat(rtn2023.containsExempeldata()).isTrue();
    }

    @Test
    void the_api_returns_the_risks_with_activity_text_scope_requirement_probability_consequence_and_actions() throws Exception {
        var plan = plans.byKey("rtn-2020").orElseThrow();
        mvc.perform(get("/api/v1/plans/" + plan.id() + "/internal-control").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planKey").value("rtn-2020"))
                .andExpect(jsonPath("$.risks.length()").value(10))
                .andExpect(jsonPath("$.risks[1].activity").value("HR"))
                .andExpect(jsonPath("$.risks[1].text").value("Risken att underlag för utbetalning av lön och arvoden inte är korrekta."))
                .andExpect(jsonPath("$.risks[1].scope").value("REGION_WIDE"))
                .andExpect(jsonPath("$.risks[1].requirement").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.risks[1].probability").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.risks[1].consequence").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.risks[1].actions[0].text").value(Matchers.startsWith("Regionövergripande åtgärd:")))
                .andExpect(jsonPath("$.risks[3].scope").value("BODY"))
                .andExpect(jsonPath("$.risks[3].actions.length()").value(3));
        var rs = plans.byKey("rs-2024").orElseThrow();
        mvc.perform(get("/api/v1/plans/" + rs.id() + "/internal-control").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.risks[2].text").value("Risken att automatiskt attesterade fakturor blir felaktigt godkända."))
                .andExpect(jsonPath("$.risks[2].scope").value("BODY"))
                .andExpect(jsonPath("$.risks[2].probability").value(2))
                .andExpect(jsonPath("$.risks[2].consequence").value(2))
                .andExpect(jsonPath("$.risks[2].exempeldata").value(true));
    }
}
