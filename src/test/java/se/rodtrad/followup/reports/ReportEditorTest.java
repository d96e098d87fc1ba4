package se.rodtrad.followup.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.followup.reports.ReportFixtures.Fixture;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.shared.domain.ConflictException;

/**
 * The report editor (issue 18 item 5) on the running application: each goal saved on its own under its own version,
 * the copy marks from one report to the next, the goals' writers and what an area manager finds and may write — on
 * the demo's verksamhetsberättelse 2023 of RTN and on a plan year of the test's own.
 */
@RodtradTest
class ReportEditorTest {

    @Autowired
    Reports reports;
    @Autowired
    Plans plans;
    @Autowired
    Organisation organisation;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    FollowReport demoYearEnd() {
        UUID plan = plans.byKey("rtn-2023").orElseThrow().id();
        return Acting.as("controller", () -> reports.forPlan(plan).get(ReportOccasion.VERKSAMHETSBERATTELSE));
    }

    @Test
    void the_demos_year_end_report_carries_delarsrapport_1s_first_four_months_text_marked_as_copied() {
        FollowReport vb = demoYearEnd();
        assertThat(vb.submitted()).isFalse();
        assertThat(vb.exempeldata()).isTrue();
        Reports.Editor e = Acting.as("controller", () -> reports.editor(vb.id()));
        assertThat(e.report().summary()).startsWith("Regional tillväxtnämnd har under årets första fyra månader arbetat enligt verksamhetsplanen.");
        assertThat(e.summaryCopied()).isTrue();
        assertThat(e.copiedFrom()).isEqualTo(ReportOccasion.DELARSRAPPORT_1);
        assertThat(e.due()).isEqualTo(java.time.LocalDate.of(2024, 2, 16));
        assertThat(e.overdue()).isTrue();
        assertThat(e.goals()).hasSizeGreaterThan(3);
        assertThat(e.goals().subList(0, 3)).allSatisfy(g -> assertThat(g.writerUnitName()).isEqualTo("Näringslivsutveckling"));
        assertThat(e.writers()).singleElement().satisfies(w -> {
            assertThat(w.person()).isEqualTo("Områdeschef näringslivsutveckling");
            assertThat(w.progress().total()).isEqualTo(3);
        });
        // the figures beside each goal come from the assessment room: its indicators with their computed status
        assertThat(e.goals()).anySatisfy(g -> assertThat(g.content().indicators()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.status()).isNotNull()));
    }

    @Test
    void the_area_manager_finds_their_areas_goals_overdue_first_and_writes_them_but_no_other() {
        FollowReport vb = demoYearEnd();
        List<Reports.MySection> mine = Acting.as("omradeschef", () -> reports.mySections());
        assertThat(mine).hasSize(3).allSatisfy(m -> {
            assertThat(m.reportId()).isEqualTo(vb.id());
            assertThat(m.due()).isEqualTo(java.time.LocalDate.of(2024, 2, 16));
            assertThat(m.writerName()).isEqualTo("Områdeschef näringslivsutveckling");
        });
        assertThat(mine.get(0).overdue()).isTrue();
        // RTN's controller reports for the body the area sits under and sees them too; a politician writes none
        assertThat(Acting.as("controller", () -> reports.mySections())).hasSize(3);
        assertThat(Acting.as("politiker", () -> reports.mySections())).isEmpty();

        Reports.Editor e = Acting.as("omradeschef", () -> reports.editor(vb.id()));
        assertThat(e.actions().mayEdit()).isFalse();
        assertThat(e.goals().subList(0, 3)).allMatch(Reports.EditorGoal::mayWrite);
        assertThat(e.goals().subList(3, e.goals().size())).noneMatch(Reports.EditorGoal::mayWrite);
        String other = e.goals().get(3).content().goal();
        assertThatThrownBy(() -> Acting.as("omradeschef", () -> reports.writeGoal(vb.id(), other, null, "Inte min.", -1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("omradeschef", () -> reports.saveTexts(vb.id(), vb.version(), "Min sammanfattning", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.as("lasare", () -> reports.editor(vb.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_area_managers_start_page_lists_the_report_texts_first_under_mina_uppgifter() throws Exception {
        String start = mvc.perform(get("/").with(user("omradeschef"))).andReturn().getResponse().getContentAsString();
        int tasks = start.indexOf("Mina uppgifter");
        int sections = start.indexOf("Rapporttexter att skriva");
        assertThat(tasks).isPositive();
        assertThat(sections).isGreaterThan(tasks);
        assertThat(start.substring(sections)).contains("Försenad").contains("Verksamhetsberättelse, Regional tillväxtnämnd 2023")
                .contains("senast 2024-02-16").contains("/redigera");
        assertThat(mvc.perform(get("/").with(user("politiker"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Rapporttexter att skriva");
    }

    @Test
    void two_people_writing_different_parts_never_conflict_and_the_same_goal_tells_who_saved_first() {
        Fixture f = ReportFixtures.rtnPlan(context);
        FollowReport r = Acting.as("controller", () -> reports.create(f.planId(), "DELARSRAPPORT_1"));
        // the goal and the summary are written at the same time from the same page load: both go through
        ReportSection first = Acting.as("controller", () -> reports.writeGoal(r.id(), f.goal(), "DELVIS_UPPFYLLT", "Första analysen.", -1));
        FollowReport summary = Acting.as("controller", () -> reports.saveTexts(r.id(), r.version(), "Sammanfattningen.", List.of()));
        assertThat(summary.summary()).isEqualTo("Sammanfattningen.");
        assertThat(first.version()).isZero();
        assertThat(first.updatedBy()).isEqualTo("controller");

        // someone else saved the goal after this person read it at -1: refused, naming them, their text kept
        assertThatThrownBy(() -> Acting.as("admin", () -> reports.writeGoal(r.id(), f.goal(), null, "Andra analysen.", -1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("controller");
                    assertThat(((ReportSection) e.current()).analysis()).isEqualTo("Första analysen.");
                });
        ReportSection second = Acting.as("admin", () -> reports.writeGoal(r.id(), f.goal(), null, "Andra analysen.", 0));
        assertThat(second.version()).isEqualTo(1);
        assertThat(Acting.as("controller", () -> reports.report(r.id())).goal(f.goal()).analysis()).isEqualTo("Andra analysen.");
    }

    @Test
    void the_next_report_marks_copied_goals_until_edited_or_confirmed_and_progress_counts_only_what_is_written() {
        Fixture f = ReportFixtures.rtnPlan(context);
        FollowReport dr1 = Acting.as("controller", () -> reports.create(f.planId(), "DELARSRAPPORT_1"));
        Acting.as("controller", () -> reports.writeGoal(dr1.id(), f.goal(), null, "Efter april.", -1));
        Acting.as("controller", () -> reports.submit(dr1.id(), reports.report(dr1.id()).version()));
        java.time.LocalDate due = java.time.LocalDate.of(f.year(), 9, 15);
        FollowReport dr2 = Acting.as("controller", () -> reports.create(f.planId(), "DELARSRAPPORT_2", due.toString()));

        Reports.Editor e = Acting.as("controller", () -> reports.editor(dr2.id()));
        assertThat(e.goals()).singleElement().satisfies(g -> {
            assertThat(g.copied()).isTrue();
            assertThat(g.section().analysis()).isEqualTo("Efter april.");
        });
        assertThat(e.progress()).isEqualTo(new Report.Progress(0, 1, 1));
        assertThat(e.due()).isEqualTo(due);
        assertThat(e.overdue()).isEqualTo(due.isBefore(java.time.LocalDate.now()));

        Acting.as("controller", () -> reports.confirmCopied(dr2.id(), f.goal()));
        Reports.Editor after = Acting.as("controller", () -> reports.editor(dr2.id()));
        assertThat(after.goals().get(0).copied()).isFalse();
        assertThat(after.progress().percent()).isEqualTo(100);
    }

    @Test
    void the_goal_form_answers_htmx_with_the_goal_and_the_progress_and_a_plain_post_with_the_editor_at_the_goal() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        FollowReport r = Acting.as("controller", () -> reports.create(f.planId(), "DELARSRAPPORT_1"));
        String url = "/uppfoljning/rapporter/" + r.id() + "/mal";

        MvcResult htmx = mvc.perform(post(url).with(user("controller")).with(csrf()).header("HX-Request", "true")
                .param("goal", f.goal()).param("version", "-1").param("status", "").param("analysis", "Skrivet med htmx.")).andReturn();
        String fragment = htmx.getResponse().getContentAsString();
        assertThat(htmx.getResponse().getStatus()).isEqualTo(200);
        assertThat(fragment).contains("id=\"mal-0\"").contains("Målet är sparat.").contains("Skrivet med htmx.")
                .contains("id=\"report-progress\"").contains("hx-swap-oob=\"true\"").contains("100 % klart").doesNotContain("<html");

        // the same goal from a page read before that save: the person's own text stays, the saved one beside it
        String stale = mvc.perform(post(url).with(user("admin")).with(csrf()).header("HX-Request", "true")
                .param("goal", f.goal()).param("version", "-1").param("analysis", "Min egen text.")).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Min egen text.").contains("Den sparade analysen: Skrivet med htmx.").contains("role=\"alert\"");

        MvcResult plain = mvc.perform(post(url).with(user("controller")).with(csrf())
                .param("goal", f.goal()).param("version", "0").param("analysis", "Utan skript.")).andReturn();
        assertThat(plain.getResponse().getRedirectedUrl()).isEqualTo("/uppfoljning/rapporter/" + r.id() + "/redigera#mal-0");
        String editor = mvc.perform(get("/uppfoljning/rapporter/" + r.id() + "/redigera").with(user("controller"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(editor).contains("Utan skript.").contains("100 % klart").contains("1 av 1 mål skrivna");

        String tooLong = mvc.perform(post(url).with(user("controller")).with(csrf()).param("goal", f.goal()).param("version", "1")
                .param("analysis", "x".repeat(Report.MAX_TEXT + 1))).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("för lång").contains("aria-invalid=\"true\"");
    }
}
