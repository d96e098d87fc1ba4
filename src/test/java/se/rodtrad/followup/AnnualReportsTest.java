package se.rodtrad.followup;

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
import se.rodtrad.followup.AnnualReports.AnnualReport;
import se.rodtrad.followup.AnnualReports.Chapter;
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

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2151);

    @Autowired
    AnnualReports annual;
    @Autowired
    Reports reports;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcClient jdbc;

    /** A municipality of its own with an assembly, two committees (one with only a draft plan) and their plans of one year. */
    record Municipality(UUID id, String name, int year, UUID assembly, UUID committee, UUID other, UUID assemblyPlan, UUID committeePlan,
            UUID measure, String committeeGoal) {
    }

    Municipality municipality() {
        int year = NEXT_YEAR.getAndIncrement();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Testkommun " + tag;
        UUID org = unit("T" + tag, name, "MUNICIPALITY", null, 0);
        UUID assembly = unit("T" + tag + "-KF", "Kommunfullmäktige " + tag, "ASSEMBLY", org, 1);
        UUID committee = unit("T" + tag + "-BN", "Barn- och utbildningsnämnd " + tag, "COMMITTEE", assembly, 2);
        UUID other = unit("T" + tag + "-KN", "Kulturnämnd " + tag, "COMMITTEE", assembly, 3);
        UUID measure = jdbc.sql("""
                insert into measure (code, name, short_name, unit, subject, source) values (?, ?, 'Andel', 'procent', 'andel', 'Testkälla')
                returning id""").params("TEST-ANN-" + tag, "Andel behöriga " + tag).query(UUID.class).single();
        ReportFixtures.value(jdbc, measure, org, year - 1, new BigDecimal("60.0"));
        ReportFixtures.value(jdbc, measure, org, year, new BigDecimal("64.5"));
        UUID ap = plan(assembly, "kf", year, tag, "Fullmäktiges mål " + tag + ": god ekonomisk hushållning", measure, org, "DECIDED", 1);
        String goal = "Nämndens mål " + tag + ": fler elever blir behöriga";
        UUID cp = plan(committee, "bn", year, tag, goal, measure, org, "DECIDED", 2);
        plan(other, "kn", year, tag, "Kulturnämndens mål " + tag, measure, org, "DRAFT", 1);
        // the committee's own economy: budget 120 − 20 = 100 mnkr net, outcome 114 − 24 = 90 mnkr net (+10 mnkr)
        economy(committee, year, "KOSTNADER", 120_00_000_000L, 9_50_000_000L);
        economy(committee, year, "INTAKTER", 20_00_000_000L, 2_00_000_000L);
        // the assembly's: budget 50 mnkr, outcome 54 mnkr (−4 mnkr)
        economy(assembly, year, "KOSTNADER", 50_00_000_000L, 4_50_000_000L);
        return new Municipality(org, name, year, assembly, committee, other, ap, cp, measure, goal);
    }

    @Test
    void every_body_with_a_decided_plan_gets_its_year_end_report_submitted_or_marked_draft() {
        Municipality m = municipality();
        FollowReport vb = ReportsTest.as("admin", () -> {
            FollowReport r = reports.create(m.committeePlan(), "VERKSAMHETSBERATTELSE");
            r = reports.saveTexts(r.id(), r.version(), "Året i korthet: fler behöriga.",
                    List.of(new Reports.GoalInput(m.committeeGoal(), "UPPFYLLT", "Målet nåddes.")));
            return reports.submit(r.id(), r.version());
        });
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
        Municipality m = municipality();

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
        Municipality m = municipality();
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

    private UUID unit(String code, String name, String type, UUID parent, int sort) {
        return jdbc.sql("insert into org_unit (code, name, type, parent_id, sort_order, source) values (?, ?, ?, ?, ?, 'test') returning id")
                .params(code, name, type, parent, sort).query(UUID.class).single();
    }

    private UUID plan(UUID body, String code, int year, String tag, String goal, UUID measure, UUID subject, String status, int sort) {
        String key = "test-arsred-" + code + "-" + year + "-" + tag;
        UUID plan = jdbc.sql("insert into plan (key, body_id, year, title, status) values (?, ?, ?, ?, 'DRAFT') returning id")
                .params(key, body, year, "Verksamhetsplan " + year).query(UUID.class).single();
        UUID goalItem = item(plan, null, "GOAL", goal, 0, key);
        item(plan, goalItem, "INDICATOR", "Andel behöriga ska öka", 1, key);
        item(plan, goalItem, "ASSIGNMENT", "Att utreda " + code + " " + tag, 2, key);
        jdbc.sql("""
                insert into followed_indicator (key, body_id, plan_key, lineage, sort_order, goal_text, text, subject_unit_id, measure_id, form, direction)
                values (?, ?, ?, ?, ?, ?, 'Andel behöriga ska öka', ?, ?, 'PREVIOUS_VALUE', 'INCREASE')""")
                .params("fi-" + key, body, key, key + "-1", sort, goal, subject, measure).update();
        jdbc.sql("update plan set status = ? where id = ?").params(status, plan).update();
        return plan;
    }

    private UUID item(UUID plan, UUID parent, String type, String text, int position, String key) {
        UUID lineage = jdbc.sql("insert into lineage (key, type) values (?, ?) returning id").params(key + "-" + position, type)
                .query(UUID.class).single();
        return jdbc.sql("""
                insert into plan_item (plan_id, lineage_id, parent_id, type, kind, number, text, position) values (?, ?, ?, ?, ?, ?, ?, ?)
                returning id""").params(plan, lineage, parent, type, type.equals("ASSIGNMENT") ? "Uppdrag" : null,
                        type.equals("ASSIGNMENT") ? String.valueOf(position) : null, text, position).query(UUID.class).single();
    }

    private void economy(UUID area, int year, String line, long budgetYear, long outcomePerMonth) {
        jdbc.sql("insert into econ_budget (year, month, area_id, line_code, amount_ore, source) values (?, null, ?, ?, ?, 'test')")
                .params(year, area, line, budgetYear).update();
        for (int month = 1; month <= 12; month++) {
            jdbc.sql("insert into econ_outcome (year, month, area_id, line_code, amount_ore, source) values (?, ?, ?, ?, ?, 'test')")
                    .params(year, month, area, line, outcomePerMonth).update();
        }
    }
}
