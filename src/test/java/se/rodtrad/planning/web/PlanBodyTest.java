package se.rodtrad.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UpdateUnit;
import se.rodtrad.planning.AddItem;
import se.rodtrad.planning.CreatePlan;
import se.rodtrad.planning.Decision;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.LineageMatching;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.TargetDraft;
import se.rodtrad.planning.UpdateItem;

/**
 * The kept body of a decided plan's page is the page a fresh render gives — for every reader (each sees only the
 * controls their permissions allow), in each language, and after every kind of change to what the page shows — and
 * its revision form carries the reader's own CSRF token.
 */
@RodtradTest
class PlanBodyTest {

    /** Readers with different permissions for RTN: everything, edit (revise), edit and decide, read only, comment. */
    private static final List<String> READERS = List.of("admin", "controller", "sekreterare", "lasare", "politiker");

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanBody body;
    @Autowired
    PlanTree tree;
    @Autowired
    Plans plans;
    @Autowired
    PlanModel model;
    @Autowired
    PlanEditing editing;
    @Autowired
    LineageMatching matching;
    @Autowired
    Organisation organisation;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void keepAgain() {
        body.setEnabled(true);
        tree.setEnabled(true);
    }

    @Test
    void a_decided_plans_kept_body_is_the_page_a_fresh_render_gives_for_each_reader_and_language() throws Exception {
        UUID rtn2023 = as("admin", () -> plans.byKey("rtn-2023").orElseThrow().id());
        Map<String, String> fresh = fresh(rtn2023, READERS);
        body.setEnabled(true);
        Map<String, String> kept = kept(rtn2023, READERS);

        assertThat(kept).isEqualTo(fresh);
        // one body per language and permission set: the five readers have five different sets for RTN
        assertThat(body.size()).isEqualTo(10);
        String revise = "action=\"/planer/" + rtn2023 + "/revidera\"";
        assertThat(kept.get("controller sv")).contains(revise, "Effektmål 5", "id=\"history\"");
        assertThat(kept.get("sekreterare en")).contains(revise);
        assertThat(kept.get("lasare sv")).doesNotContain(revise, "/redigera");
        assertThat(kept.get("politiker en")).doesNotContain(revise, "/redigera");
        assertThat(kept.get("admin en")).isNotEqualTo(kept.get("admin sv")).contains(revise);
    }

    @Test
    void the_kept_revision_form_carries_each_sessions_own_csrf_token() throws Exception {
        PlanSummary plan = decidedPlan("KFN", 2077);
        String url = "/planer/" + plan.id();
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();
        String firstPage = raw(url, "admin", first);
        int keptBefore = body.size();
        String secondPage = raw(url, "admin", second);
        assertThat(body.size()).isEqualTo(keptBefore);

        String firstToken = formToken(firstPage);
        String secondToken = formToken(secondPage);
        assertThat(secondPage).doesNotContain(firstToken).doesNotContain("value=\"csrf-");
        // another session's token is refused; the session's own token, served from the kept body, is accepted
        mvc.perform(post(url + "/revidera").session(second).with(user("admin")).param("_csrf", firstToken).param("reason", "Ny budget"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/revidera").session(second).with(user("admin")).param("_csrf", secondToken).param("reason", "Ny budget"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void a_kept_body_follows_every_change_to_what_it_shows() throws Exception {
        List<String> readers = List.of("admin", "lasare");
        UUID kfn = as("admin", () -> organisation.unitByCode("KFN").orElseThrow().id());
        PlanSummary earlier = as("admin", () -> editing.createPlan(new CreatePlan(kfn, 2078, "Verksamhetsplan med budget 2078", null, null)));
        PlanItem earlierGoal = as("admin", () -> editing.addItem(new AddItem(earlier.id(), null, ItemType.GOAL, "Nämndmål", "1",
                "Fler invånare rör sig varje dag.", null, null, null)));
        PlanSummary plan = as("admin", () -> editing.createPlan(new CreatePlan(kfn, 2079, "Verksamhetsplan med budget 2079", null, null)));
        PlanItem goal = as("admin", () -> editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Nämndmål", "1",
                "Fler invånare rör sig varje dag i hela länet.", null, null, null)));
        as("admin", () -> editing.addItem(new AddItem(plan.id(), goal.id(), ItemType.INDICATOR, null, null,
                "Andelen som cyklar till arbetet ska öka.", null, null, increase())));
        decide(plan.id(), "KFN");

        Map<String, String> before = kept(plan.id(), readers);
        assertThat(before.get("lasare sv")).contains("Fler invånare rör sig varje dag i hela länet.", "1 punkter har förslag");

        // an edit of the previous plan: a new item there is proposed as what the plan's indicator continues
        Map<String, String> edited = changed(plan.id(), readers, () -> as("admin", () -> editing.addItem(new AddItem(earlier.id(),
                earlierGoal.id(), ItemType.INDICATOR, null, null, "Andelen som cyklar till arbetet ska öka.", null, null, increase()))));
        assertThat(edited.get("lasare sv")).contains("2 punkter har förslag");

        // a lineage match confirmed: fewer open proposals, and a new history entry
        Map<String, String> matched = changed(plan.id(), readers, () -> as("admin", () -> matching.confirm(plan.id(), earlier.id(),
                goal.id(), earlierGoal.id())));
        assertThat(matched.get("lasare sv")).contains("1 punkter har förslag");
        assertThat(history(matched.get("lasare sv"))).isNotEqualTo(history(edited.get("lasare sv")));

        // a revision: the versions of the plan show the new draft
        PlanSummary revision = as("admin", () -> editing.revise(plan.id(), "Ny budget"));
        Map<String, String> revised = changed(plan.id(), readers, () -> {
        });
        assertThat(revised.get("lasare sv")).contains("Version 2", "Utkast");

        // a decision of the revision
        Map<String, String> decidedRevision = changed(plan.id(), readers, () -> decide(revision.id(), "KFN"));
        assertThat(versions(decidedRevision.get("admin sv"))).doesNotContain("Utkast").contains("Beslutad");

        // the body renamed
        Unit unit = as("admin", () -> organisation.unit(kfn));
        try {
            Map<String, String> renamed = changed(plan.id(), readers, () -> as("admin", () -> organisation.updateUnit(
                    new UpdateUnit(kfn, unit.version(), unit.name() + " (omdöpt)", unit.shortName()))));
            // in the page and in the navigation of bodies, which is kept with a stamp of the units
            assertThat(renamed.get("admin en")).contains(unit.name() + " (omdöpt) · 2079", "title=\"" + unit.name() + " (omdöpt)\"");
        } finally {
            as("admin", () -> organisation.updateUnit(new UpdateUnit(kfn, organisation.unit(kfn).version(), unit.name(), unit.shortName())));
        }
        assertThat(changed(plan.id(), readers, () -> {
        }).get("admin en")).doesNotContain(unit.name() + " (omdöpt)");
    }

    @Test
    void a_renamed_comparison_group_shows_in_a_kept_body_at_once() throws Exception {
        UUID rtn2023 = as("admin", () -> plans.byKey("rtn-2023").orElseThrow().id());
        String name = jdbc.sql("select name from comparison_group where code = 'jamforbara-lan'").query(String.class).single();
        List<String> readers = List.of("lasare", "controller");
        assertThat(kept(rtn2023, readers).get("lasare sv")).contains(name);
        try {
            Map<String, String> renamed = changed(rtn2023, readers, () -> jdbc.sql("update comparison_group set name = ? where code = 'jamforbara-lan'")
                    .param(name + " (omdöpt)").update());
            assertThat(renamed.get("controller sv")).contains(name + " (omdöpt)");
        } finally {
            jdbc.sql("update comparison_group set name = ? where code = 'jamforbara-lan'").param(name).update();
        }
        assertThat(changed(rtn2023, readers, () -> {
        }).get("lasare sv")).doesNotContain(name + " (omdöpt)");
    }

    /**
     * Makes the pages kept, applies the change, and returns the pages as the kept bodies now give them — after
     * checking that they are the pages a fresh render gives.
     */
    private Map<String, String> changed(UUID planId, List<String> readers, Runnable change) throws Exception {
        kept(planId, readers);
        change.run();
        Map<String, String> after = pages(planId, readers);
        assertThat(after).isEqualTo(fresh(planId, readers));
        body.setEnabled(true);
        tree.setEnabled(true);
        return after;
    }

    private static TargetDraft increase() {
        return new TargetDraft("PREVIOUS_VALUE", "INCREASE", null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private PlanSummary decidedPlan(String bodyCode, int year) {
        UUID unit = as("admin", () -> organisation.unitByCode(bodyCode).orElseThrow().id());
        PlanSummary p = as("admin", () -> editing.createPlan(new CreatePlan(unit, year, "Verksamhetsplan med budget " + year, null, null)));
        as("admin", () -> editing.addItem(new AddItem(p.id(), null, ItemType.GOAL, "Nämndmål", "1", "Alla barn simmar.", null, null, null)));
        decide(p.id(), bodyCode);
        return p;
    }

    private void decide(UUID planId, String bodyCode) {
        as("admin", () -> {
            editing.changeStatus(planId, plans.plan(planId).version(), PlanStatus.PROPOSAL, null);
            return editing.changeStatus(planId, plans.plan(planId).version(), PlanStatus.DECIDED,
                    new Decision(LocalDate.of(2025, 11, 20), bodyCode, "§ 7"));
        });
    }

    /** The pages as rendered fresh: nothing kept. */
    private Map<String, String> fresh(UUID planId, List<String> readers) throws Exception {
        body.setEnabled(false);
        tree.setEnabled(false);
        return pages(planId, readers);
    }

    /** The pages once their bodies are kept: the first round renders and keeps, the second shows what was kept. */
    private Map<String, String> kept(UUID planId, List<String> readers) throws Exception {
        pages(planId, readers);
        int size = body.size();
        Map<String, String> kept = pages(planId, readers);
        assertThat(body.size()).isEqualTo(size);
        return kept;
    }

    private Map<String, String> pages(UUID planId, List<String> readers) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String reader : readers) {
            pages.put(reader + " sv", page(planId, reader));
            pages.put(reader + " en", page(planId, reader, new Cookie("rodtrad-lang", "en")));
        }
        return pages;
    }

    private String page(UUID planId, String user, Cookie... cookies) throws Exception {
        var request = get("/planer/" + planId).with(user(user));
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the CSRF token of the page's forms is masked anew on every request
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("X-CSRF-TOKEN&quot;: &quot;[^&]*&quot;", "X-CSRF-TOKEN&quot;: &quot;&quot;");
    }

    private String raw(String url, String user, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The token of the revision form (the layout's logout form comes first and is rendered per request anyway). */
    private static String formToken(String page) {
        String form = page.substring(page.indexOf("/revidera\""));
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(form);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String history(String page) {
        return page.substring(page.indexOf("id=\"history\""));
    }

    private static String versions(String page) {
        int start = page.indexOf("<ul class=\"link-list\">");
        return page.substring(start, page.indexOf("</ul>", start));
    }

    private static <T> T as(String username, Supplier<T> work) {
        var context = new SecurityContextImpl(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        TestSecurityContextHolder.setContext(context);
        SecurityContextHolder.setContext(context);
        return work.get();
    }

    private static void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
