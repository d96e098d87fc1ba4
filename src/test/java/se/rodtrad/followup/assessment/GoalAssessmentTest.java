package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.web.WebConfiguration;

@RodtradTest
class GoalAssessmentTest {

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

    @Autowired
    FollowedIndicators followed;
    @Autowired
    se.rodtrad.planning.PlanEditing editing;
    @Autowired
    se.rodtrad.organisation.Organisation organisation;

    UUID plan;

    /**
     * A plan of its own with one goal and two indicators: BRP per invånare against the comparable counties (ej uppfyllt
     * for 2021 from the real data) and BRP per sysselsatt, whose counties' data are missing (kan ej bedömas).
     */
    @BeforeEach
    void ownGoal() {
        LocaleContextHolder.setLocale(WebConfiguration.SWEDISH);
        TestPlans p = TestPlans.plan(editing, plans, organisation, "RTN");
        int goal = p.goal("Målsättning", "1", "Stark tillväxt");
        var change = new se.rodtrad.planning.TargetDraft("PEER_GROUP", "INCREASE", null, null, null, null, "jamforbara-lan", "CHANGE", null,
                null, null, null, null, null);
        p.indicator(goal, "BRP per invånare ska öka mer än i jämförbara län.", change);
        p.indicator(goal, "BRP per sysselsatt", change);
        TestPlans.Made made = p.draft();
        Followed.follow(made, Map.of(1, "SCB-BRP-PER-INV", 2, "N03701"), followed, assessments);
        plan = made.id();
    }

    @Test
    void the_goal_overview_of_rtn_2023_counts_every_indicator_once_by_status_and_downloads_as_csv() throws Exception {
        var rtn = plans.byKey("rtn-2023").orElseThrow();
        List<Assessments.GoalAssessment> goals = assessments.assessGoals(rtn.id(), Period.year(2021));
        // every indicator of the plan stands under exactly one goal, once, and every goal's counts add up
        assertThat(goals.stream().mapToInt(g -> g.counts().indicators()).sum()).isEqualTo(64);
        assertThat(goals).allSatisfy(g -> {
            var c = g.counts();
            assertThat(c.met() + c.partly() + c.notMet() + c.cannot()).isEqualTo(c.indicators());
        });
        assertThat(goals.stream().mapToInt(g -> g.counts().assessed()).sum()).isPositive();

        String page = mvc.perform(get("/uppfoljning/indikatorer").param("plan", rtn.id().toString()).param("ar", "2021")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Målöversikt: Regional tillväxtnämnd, bedömning 2021").contains("/uppfoljning/mal.csv?plan=" + rtn.id() + "&amp;ar=2021");

        var csv = mvc.perform(get("/uppfoljning/mal.csv").param("plan", rtn.id().toString()).param("ar", "2021")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("malbedomning-rtn-2023-2021.csv");
        String text = new String(csv.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = text.substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("Mål;Målets bedömning;Styrtal;Bedömda styrtal;uppfyllt;delvis uppfyllt;ej uppfyllt;kan ej bedömas;");
        assertThat(lines).hasSize(goals.size() + 1);
        var first = goals.get(0);
        LocaleContextHolder.setLocale(WebConfiguration.SWEDISH); // the requests above set the thread's locale of their own
        assertThat(lines[1]).contains(";" + texts.status(first.status()) + ";" + first.counts().indicators() + ";" + first.counts().assessed() + ";");
    }

    @Test
    void a_goal_with_one_indicator_not_met_and_one_not_assessable_is_not_met_and_the_rule_is_said() {
        List<Assessments.GoalAssessment> goals = assessments.assessGoals(plan, Period.year(2021));
        assertThat(goals).hasSize(1);
        Assessments.GoalAssessment g = goals.get(0);
        assertThat(g.indicators()).extracting(a -> a.computed().status())
                .containsExactly(AssessmentStatus.EJ_UPPFYLLT, AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(g.status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        assertThat(texts.explain(g.explanation())).isEqualTo("Målet har 2 styrtal: 0 uppfyllda, 0 delvis uppfyllda, 1 ej uppfyllda och 1 som "
                + "inte kan bedömas; därför ej uppfyllt. Regel: alla bedömbara styrtal uppfyllda ger uppfyllt; inget uppfyllt eller delvis "
                + "uppfyllt ger ej uppfyllt; annars delvis uppfyllt; inget bedömbart styrtal ger kan ej bedömas.");
        // for 2020 neither can be assessed (Örebro's 2020 value is missing)
        assertThat(assessments.assessGoals(plan, Period.year(2020)).get(0).status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
    }

    @Test
    @WithMockUser("controller")
    void a_person_overrides_the_goal_with_a_reason_and_the_rule_and_history_are_kept() {
        int y = 2021;
        assertThatThrownBy(() -> assessments.judgeGoal(plan, "Stark tillväxt", y, "DELVIS_UPPFYLLT", " ", null))
                .isInstanceOf(ValidationException.class);
        var judged = assessments.judgeGoal(plan, "Stark tillväxt", y, "DELVIS_UPPFYLLT", "Sysselsättningen ökade trots allt.", null);
        assertThat(judged.status()).isEqualTo(AssessmentStatus.DELVIS_UPPFYLLT);
        assertThat(judged.computed()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        assertThat(judged.judgement().computedExplanation()).startsWith("Målet har 2 styrtal");
        assertThat(judged.judgement().updatedBy()).isEqualTo("controller");
        assertThatThrownBy(() -> assessments.judgeGoal(plan, "Stark tillväxt", y, "UPPFYLLT", "x", null)).isInstanceOf(ConflictException.class);
        var again = assessments.judgeGoal(plan, "Stark tillväxt", y, "UPPFYLLT", "Efter dialog", judged.judgement().version());
        assertThat(again.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(audit.history("assessment_judgement", again.judgement().id())).hasSize(2);
    }

    @Test
    @WithMockUser("controller-rs")
    void a_person_without_the_body_in_scope_may_not_judge_a_goal() {
        assertThatThrownBy(() -> assessments.judgeGoal(plan, "Stark tillväxt", 2021, "UPPFYLLT", "x", null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_assessments_page_shows_each_goal_with_status_word_rule_and_a_form_and_saves_a_judgement_with_reason() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/uppfoljning/mal/bedomning")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("lasare"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("plan", plan.toString()).param("goal", "Stark tillväxt").param("ar", "2021").param("status", "UPPFYLLT").param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/uppfoljning/mal/bedomning")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("controller"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("plan", plan.toString()).param("goal", "Stark tillväxt").param("ar", "2021").param("status", "UPPFYLLT").param("reason", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(assessments.assessGoals(plan, Period.year(2021)).get(0).judgement()).isNull();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/uppfoljning/mal/bedomning")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("controller"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("plan", plan.toString()).param("goal", "Stark tillväxt").param("ar", "2021").param("status", "DELVIS_UPPFYLLT")
                        .param("reason", "Sysselsättningen ökade.").param("version", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/uppfoljning/indikatorer").param("plan", plan.toString()).param("ar", "2021")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("controller")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Stark tillväxt"),
                        org.hamcrest.Matchers.containsString("delvis uppfyllt"),
                        org.hamcrest.Matchers.containsString("Regel: alla bedömbara styrtal"),
                        org.hamcrest.Matchers.containsString("Sysselsättningen ökade."),
                        org.hamcrest.Matchers.containsString("name=\"reason\""))));
    }

    @Test
    void the_goal_assessments_api_answers_for_the_demo_plan_with_the_rule() throws Exception {
        var p = plans.byKey("rtn-2026").orElseThrow();
        mvc.perform(get("/api/v1/plans/" + p.id() + "/goal-assessments?period=2021").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("GOAL"))
                .andExpect(jsonPath("$[0].explanation").value(org.hamcrest.Matchers.containsString("Regel: alla bedömbara")));
    }
}
