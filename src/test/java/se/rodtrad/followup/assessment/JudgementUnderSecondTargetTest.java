package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.assessment.Assessments.IndicatorAssessment;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.WebConfiguration;

/**
 * Since one assessment per indicator ({@link IndicatorVerdict}) a person's judgement is kept under the indicator's first
 * target. A judgement saved earlier under its second target (target_index 1) still counts and shows — and can be changed
 * and withdrawn like any other, in place, without a second judgement appearing beside it.
 */
@RodtradTest
class JudgementUnderSecondTargetTest {

    private static final int YEAR = 2017;

    @Autowired
    Assessments assessments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Plans plans;
    @Autowired
    se.rodtrad.planning.PlanContents contents;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void swedish() {
        LocaleContextHolder.setLocale(WebConfiguration.SWEDISH);
    }

    /** A judgement as the product saved it before one assessment per indicator: under the second target's followed row. */
    private String legacyJudgement(FollowedIndicator second, String status, String reason) {
        jdbc.sql("""
                insert into assessment_judgement (subject_type, subject_id, period, computed_status, computed_explanation, status, reason, updated_by)
                values ('followed_indicator', ?, ?, 'KAN_EJ_BEDOMAS', 'Värde saknas.', ?, ?, 'controller')""")
                .params(second.id().toString(), Period.year(YEAR).code(), status, reason).update();
        return second.id().toString();
    }

    @Test
    @WithMockUser("controller")
    void a_judgement_saved_under_the_second_target_shows_and_can_be_withdrawn() {
        FollowedIndicator f = DemoIndicators.find(assessments, contents, plans, "rtn-2026/rtn-ind-brp-per-invanare");
        IndicatorAssessment before = assessments.assess(f.id(), Period.year(YEAR));
        assertThat(before.targets()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(before.judged()).isFalse();
        FollowedIndicator second = before.targets().get(1).indicator();
        assertThat(second.targetIndex()).isEqualTo(1);
        String subject = legacyJudgement(second, "UPPFYLLT", "Bedömd under det andra målet innan ett styrtal fick en bedömning.");

        IndicatorAssessment shown = assessments.assess(f.id(), Period.year(YEAR));
        assertThat(shown.judged()).isTrue();
        assertThat(shown.status()).isEqualTo(AssessmentStatus.UPPFYLLT);

        // withdrawn through the indicator, as its page does: the old judgement itself is withdrawn, not "finns inte"
        IndicatorAssessment withdrawn = assessments.withdraw(f.id(), YEAR, "Fel år", shown.judgement().version());
        assertThat(withdrawn.judged()).isFalse();
        assertThat(withdrawn.status()).isEqualTo(withdrawn.computed().status());
        assertThat(withdrawn.judgement().subjectId()).isEqualTo(subject);
        assertThat(withdrawn.judgement().reason()).isEqualTo("Fel år");
        // one judgement for the indicator and year, not a second beside it
        assertThat(jdbc.sql("select count(*) from assessment_judgement where subject_type = 'followed_indicator' and period = ? "
                + "and subject_id in (?, ?)").params(Period.year(YEAR).code(), f.id().toString(), subject).query(Integer.class).single())
                .isEqualTo(1);

        // judged again it is the same judgement that counts again
        IndicatorAssessment again = assessments.judge(f.id(), YEAR, "DELVIS_UPPFYLLT", "Ny bedömning", withdrawn.judgement().version());
        assertThat(again.judged()).isTrue();
        assertThat(again.status()).isEqualTo(AssessmentStatus.DELVIS_UPPFYLLT);
        assertThat(again.judgement().subjectId()).isEqualTo(subject);
        // and withdrawn from its page
        LocaleContextHolder.setLocale(WebConfiguration.SWEDISH);
        assessments.withdraw(f.id(), YEAR, "Tillbaka till beräkningen", again.judgement().version());
        assertThat(assessments.assess(f.id(), Period.year(YEAR)).judged()).isFalse();
    }

    @Test
    @WithMockUser("controller")
    void in_the_plans_overview_the_old_judgement_counts_once_and_a_withdrawn_one_not_at_all() throws Exception {
        FollowedIndicator f = DemoIndicators.find(assessments, contents, plans, "rtn-2026/rtn-ind-brp-per-invanare");
        int year = YEAR - 1;
        IndicatorAssessment before = assessments.assess(f.id(), Period.year(year));
        FollowedIndicator second = before.targets().get(1).indicator();
        jdbc.sql("""
                insert into assessment_judgement (subject_type, subject_id, period, computed_status, computed_explanation, status, reason, updated_by)
                values ('followed_indicator', ?, ?, 'KAN_EJ_BEDOMAS', 'Värde saknas.', 'EJ_UPPFYLLT', 'Gammal bedömning', 'controller')""")
                .params(second.id().toString(), Period.year(year).code()).update();
        var inPlan = assessments.assessPlan(f.planId(), Period.year(year)).stream()
                .filter(a -> a.indicator().planItemId().equals(f.planItemId())).toList();
        assertThat(inPlan).singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT));
        int version = inPlan.get(0).judgement().version();
        // the page's withdraw form
        mvc.perform(post("/uppfoljning/indikatorer/" + f.id() + "/bedomning").param("ar", String.valueOf(year)).param("action", "withdraw")
                .param("reason", "Dras tillbaka").param("version", String.valueOf(version)).with(user("controller")).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        var after = assessments.assessPlan(f.planId(), Period.year(year)).stream()
                .filter(a -> a.indicator().planItemId().equals(f.planItemId())).toList();
        assertThat(after).singleElement().satisfies(a -> assertThat(a.judged()).isFalse());
    }
}
