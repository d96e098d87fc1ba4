package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.followup.measures.Measures;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.ValidationException;

@RodtradTest
class IndicatorLinkTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Assessments assessments;
    @Autowired
    Measures measures;
    @Autowired
    AuditTrail audit;

    UUID own;

    @Autowired
    FollowedIndicators followed;
    @Autowired
    se.rodtrad.planning.PlanEditing editing;
    @Autowired
    se.rodtrad.planning.Plans plans;
    @Autowired
    se.rodtrad.organisation.Organisation organisation;

    /** A plan of its own with the demo's BRP-per-invånare indicator against the comparable counties, so the demo one is never relinked. */
    @BeforeEach
    void ownIndicator() {
        se.rodtrad.fixtures.TestPlans p = se.rodtrad.fixtures.TestPlans.plan(editing, plans, organisation, "RTN");
        int goal = p.goal("Målsättning", "1", "Stark konkurrenskraft");
        p.indicator(goal, "BRP per invånare. Ska öka. Jämförbara med andra län.", new se.rodtrad.planning.TargetDraft("PEER_GROUP", "INCREASE",
                null, null, null, null, "jamforbara-lan", "CHANGE", null, null, null, null, null, null));
        own = Followed.follow(p.draft(), java.util.Map.of(1, "SCB-BRP-PER-INV"), followed, assessments).get(0).id();
    }

    @Test
    @WithMockUser("controller")
    void a_planner_relinks_an_indicator_to_a_measure_that_measures_something_else_and_the_assessment_says_so() {
        FollowedIndicator before = assessments.indicator(own);
        assertThat(measures.find(before.measureId()).orElseThrow().code()).isEqualTo("SCB-BRP-PER-INV");
        FollowedIndicator after = assessments.relink(own, "N03701", before.version());
        assertThat(measures.find(after.measureId()).orElseThrow().code()).isEqualTo("N03701");
        assertThat(after.updatedBy()).isEqualTo("controller");
        var a = assessments.assess(own, Period.year(2021));
        assertThat(a.computed().status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        // a stale version is a conflict; the link stays
        assertThatThrownBy(() -> assessments.relink(own, "SCB-BRP-PER-INV", before.version())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> assessments.relink(own, "NO-SUCH-MEASURE", after.version())).isInstanceOf(ValidationException.class);
        assertThat(measures.find(assessments.indicator(own).measureId()).orElseThrow().code()).isEqualTo("N03701");
        assertThat(audit.history("followed_indicator", own)).anySatisfy(e -> assertThat(e.changes())
                .anySatisfy(c -> assertThat(c.field()).isEqualTo("measure_id")));
    }

    @Test
    void a_person_without_the_right_to_edit_the_plan_may_not_relink() throws Exception {
        int v = assessments.indicator(own).version();
        mvc.perform(put("/api/v1/followed-indicators/" + own + "/measure").with(httpBasic("lasare", "lasare"))
                        .contentType("application/json").content("{\"measure\":\"N03701\",\"version\":" + v + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/followed-indicators/" + own + "/measure").with(httpBasic("controller-rs", "controller-rs"))
                        .contentType("application/json").content("{\"measure\":\"N03701\",\"version\":" + v + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/followed-indicators/" + own + "/measure").with(httpBasic("admin", "admin"))
                        .contentType("application/json").content("{\"measure\":\"N03701\",\"version\":" + v + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measureCode").value("N03701"));
    }

    @Test
    void the_indicator_page_has_a_labelled_link_form_and_changes_the_link() throws Exception {
        int v = assessments.indicator(own).version();
        mvc.perform(get("/uppfoljning/indikatorer/" + own).param("ar", "2021")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("controller")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("<label for=\"measure\">")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/uppfoljning/indikatorer/" + own + "/matt")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("controller"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("ar", "2021").param("measure", "N03701").param("linkVersion", String.valueOf(v)))
                .andExpect(status().is3xxRedirection());
        assertThat(measures.find(assessments.indicator(own).measureId()).orElseThrow().code()).isEqualTo("N03701");
    }

    @Test
    void the_indicator_values_api_gives_the_linked_measure_for_orebro_its_comparable_counties_and_the_nation() throws Exception {
        mvc.perform(get("/api/v1/indicators/" + own + "/values").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitCode == '0018' && @.period == '2021')].value").value(org.hamcrest.Matchers.hasItem(456)))
                .andExpect(jsonPath("$[?(@.unitCode == '0006' && @.period == '2021')].value").value(org.hamcrest.Matchers.hasItem(472)))
                .andExpect(jsonPath("$[?(@.unitCode == '0017' && @.period == '2021')].value").value(org.hamcrest.Matchers.hasItem(426)))
                .andExpect(jsonPath("$[?(@.unitCode == '0000' && @.period == '2021')].value").value(org.hamcrest.Matchers.hasItem(527)));
    }
}
