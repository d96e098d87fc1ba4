package se.rodtrad.followup.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.reports.AnnualReports.AnnualReport;
import se.rodtrad.followup.reports.AnnualReports.Chapter;
import se.rodtrad.followup.reports.AnnualReportFixtures.Municipality;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * The region-wide annual report: every body of the organisation with a decided plan for the year, its
 * verksamhetsberättelse as submitted (snapshot) or read live and marked as a draft; the overview's counts and the
 * economy total; internal readers only.
 */
@RodtradTest
@WithMockUser("lasare")
class AnnualReportsTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    AnnualReports annual;
    @Autowired
    Reports reports;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void every_body_with_a_decided_plan_gets_its_year_end_report_submitted_or_marked_draft() {
        Municipality m = AnnualReportFixtures.municipality(context);
        FollowReport vb = AnnualReportFixtures.submitCommitteeReport(reports, m, "Året i korthet: fler behöriga.");
        // a value revised after submission: the snapshot keeps what was submitted, the draft shows the new value
        jdbc.sql("update indicator_value set value = 70.0 where measure_id = ? and year = ?").params(m.measure(), m.year()).update();

        AnnualReport report = annual.report(m.id(), m.year());

        assertThat(report.organisationName()).isEqualTo(m.name());
        assertThat(report.chapters()).extracting(Chapter::bodyId).containsExactly(m.assembly(), m.committee());
        Chapter assembly = report.chapters().get(0);
        Chapter committee = report.chapters().get(1);
        assertThat(committee.submitted()).isTrue();
        assertThat(committee.reportId()).isEqualTo(vb.id());
        assertThat(committee.content().summary()).isEqualTo("Året i korthet: fler behöriga.");
        assertThat(committee.content().goals().get(0).indicators().get(0).latest().value()).isEqualByComparingTo("64.5");
        assertThat(committee.overview().goals().get(AssessmentStatus.UPPFYLLT)).isEqualTo(1);
        assertThat(assembly.submitted()).isFalse();
        assertThat(assembly.reportId()).isNull();
        assertThat(assembly.content().goals().get(0).indicators().get(0).latest().value()).isEqualByComparingTo("70.0");
        assertThat(assembly.overview().assignmentsNotReported()).isEqualTo(1);
        assertThat(report.complete()).isFalse();
        assertThat(report.drafts()).isEqualTo(1);
    }

    @Test
    void the_overview_sums_each_bodys_own_economy_into_the_organisations_total() {
        Municipality m = AnnualReportFixtures.municipality(context);

        AnnualReport report = annual.report(m.id(), m.year());

        AnnualReports.NetEconomy committee = report.chapters().get(1).overview().economy();
        assertThat(committee.budget()).isEqualTo(100_00_000_000L);
        assertThat(committee.outcomeOrForecast()).isEqualTo(90_00_000_000L);
        assertThat(committee.deviation()).isEqualTo(10_00_000_000L);
        assertThat(committee.month()).isEqualTo(12);
        assertThat(committee.sharedWith()).isEmpty();
        AnnualReports.NetEconomy assembly = report.chapters().get(0).overview().economy();
        assertThat(assembly.deviation()).isEqualTo(-4_00_000_000L);
        assertThat(report.total().budget()).isEqualTo(150_00_000_000L);
        assertThat(report.total().outcomeOrForecast()).isEqualTo(144_00_000_000L);
        assertThat(report.total().deviation()).isEqualTo(6_00_000_000L);
        assertThat(report.total().goalCount()).isEqualTo(2);
        assertThat(report.total().assignmentCount()).isEqualTo(2);
    }

    @Test
    void region_orebro_2023_has_rtn_with_its_goals_and_the_region_is_offered_first() {
        AnnualReport report = annual.report(organisation.homeRegion().id(), 2023);

        Chapter rtn = report.chapters().stream().filter(c -> c.bodyCode().equals("RTN")).findFirst().orElseThrow();
        assertThat(rtn.planTitle()).isEqualTo("Verksamhetsplan med budget 2023");
        assertThat(rtn.content().goals()).isNotEmpty();
        assertThat(rtn.overview().goalCount()).isEqualTo(rtn.content().goals().size());
        assertThat(rtn.content().assignments()).isNotEmpty();
        assertThat(annual.choices().get(0).organisationId()).isEqualTo(organisation.homeRegion().id());
        assertThat(annual.choices().get(0).years()).contains(2023);
    }

    @Test
    void bad_input_names_what_is_wrong_and_a_body_is_not_an_organisation() {
        Municipality m = AnnualReportFixtures.municipality(context);
        assertThatThrownBy(() -> annual.report(null, 2023)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> annual.report(m.id(), 1200)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> annual.report(m.committee(), m.year())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithMockUser("nobody-without-an-account")
    void without_an_internal_role_the_annual_report_is_refused() {
        UUID region = organisation.homeRegion().id();
        assertThatThrownBy(() -> annual.report(region, 2023)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annual.choices()).isInstanceOf(AccessDeniedException.class);
    }
}
