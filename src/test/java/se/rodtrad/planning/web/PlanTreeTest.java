package se.rodtrad.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.AddItem;
import se.rodtrad.planning.CreatePlan;
import se.rodtrad.planning.Decision;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.TargetDraft;
import se.rodtrad.planning.UpdateItem;

/** The kept tree of a decided plan is the tree a fresh render gives; a plan not yet decided is never kept. */
@RodtradTest
class PlanTreeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanTree tree;
    @Autowired
    PlanBody body;
    @Autowired
    Plans plans;
    @Autowired
    PlanModel model;
    @Autowired
    PlanEditing editing;
    @Autowired
    Organisation organisation;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The tree and history are kept inside a body rendered fresh: the whole body is kept too, see PlanBodyTest. */
    @BeforeEach
    void renderBodiesFresh() {
        body.setEnabled(false);
    }

    @AfterEach
    void keepTreesAgain() {
        tree.setEnabled(true);
        body.setEnabled(true);
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

    private static <T> T as(String username, Supplier<T> work) {
        var context = new SecurityContextImpl(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        TestSecurityContextHolder.setContext(context);
        SecurityContextHolder.setContext(context);
        return work.get();
    }

    @Test
    void a_decided_plans_kept_tree_is_the_page_a_fresh_render_gives_in_each_language() throws Exception {
        UUID rtn2023 = as("admin", () -> plans.byKey("rtn-2023").orElseThrow().id());
        Cookie english = new Cookie("rodtrad-lang", "en");

        tree.setEnabled(false);
        String freshSv = page(rtn2023, "controller");
        String freshEn = page(rtn2023, "controller", english);
        assertThat(tree.size()).isZero();

        tree.setEnabled(true);
        String firstSv = page(rtn2023, "controller");
        String keptSv = page(rtn2023, "lasare");
        String keptEn = page(rtn2023, "controller", english);
        assertThat(tree.size()).isEqualTo(2);

        assertThat(firstSv).isEqualTo(freshSv);
        assertThat(keptEn).isEqualTo(freshEn);
        assertThat(freshSv).contains("Effektmål 5", "Ska öka med 33 % jämfört med 2016", "class=\"plan-tree plan-tree--root\"",
                "href=\"/planer/punkter/");
        assertThat(freshEn).isNotEqualTo(freshSv).contains("Effektmål 5");
        // what differs by person stays outside the kept tree: the reader's page has the same tree as the controller's
        assertThat(tree(keptSv)).isEqualTo(tree(freshSv));
    }

    @Test
    void a_draft_is_rendered_fresh_so_an_edit_shows_at_once_and_once_decided_its_tree_is_kept() throws Exception {
        PlanSummary draft = as("admin", () -> {
            UUID body = organisation.unitByCode("KFN").orElseThrow().id();
            PlanSummary p = editing.createPlan(new CreatePlan(body, 2071, "Verksamhetsplan med budget 2071", null, null));
            PlanItem goal = editing.addItem(new AddItem(p.id(), null, ItemType.GOAL, "Nämndmål", "1", "Biblioteken är öppna länge.", null, null, null));
            editing.addItem(new AddItem(p.id(), goal.id(), ItemType.INDICATOR, null, null, "Antal lån ska öka.", null, null,
                    new TargetDraft("PREVIOUS_VALUE", "INCREASE", null, null, null, null, null, null, null, null, null, null, null, null)));
            return p;
        });
        int keptBefore = tree.size();
        assertThat(page(draft.id(), "admin")).contains("Biblioteken är öppna länge.", "Ändra");

        PlanItem goal = as("admin", () -> model.items(draft.id()).get(0));
        as("admin", () -> editing.updateItem(new UpdateItem(goal.id(), goal.version(), goal.kind(), goal.number(),
                "Biblioteken är öppna länge i hela länet.", null, null, null, null)));
        String edited = page(draft.id(), "admin");
        assertThat(edited).contains("Biblioteken är öppna länge i hela länet.");
        assertThat(tree.size()).isEqualTo(keptBefore);
        // the kept history shows the edit at once: a new audit entry renders it anew
        assertThat(history(edited)).contains("Biblioteken är öppna länge i hela länet.");

        as("admin", () -> {
            editing.changeStatus(draft.id(), plans.plan(draft.id()).version(), PlanStatus.PROPOSAL, null);
            return editing.changeStatus(draft.id(), plans.plan(draft.id()).version(), PlanStatus.DECIDED,
                    new Decision(LocalDate.of(2025, 11, 20), "KFN", "§ 12"));
        });
        String decided = page(draft.id(), "admin");
        assertThat(tree.size()).isEqualTo(keptBefore + 1);
        assertThat(decided).contains("Biblioteken är öppna länge i hela länet.", "Antal lån ska öka.", "Beslutad");
        // no edit links in a decided plan's tree, for anyone
        assertThat(tree(decided)).doesNotContain("/redigera");
        tree.setEnabled(false);
        assertThat(page(draft.id(), "admin")).isEqualTo(decided);
    }

    @Test
    void the_kept_history_of_a_plan_and_of_an_item_is_what_a_fresh_render_gives_and_follows_every_change() throws Exception {
        PlanSummary draft = as("admin", () -> {
            UUID body = organisation.unitByCode("KFN").orElseThrow().id();
            return editing.createPlan(new CreatePlan(body, 2072, "Verksamhetsplan med budget 2072", null, null));
        });
        PlanItem goal = as("admin", () -> editing.addItem(new AddItem(draft.id(), null, ItemType.GOAL, "Nämndmål", "1",
                "Läsfrämjande i alla kommuner.", null, null, null)));
        String itemUrl = "/planer/punkter/" + goal.id();
        tree.setEnabled(false);
        String freshPlan = page(draft.id(), "controller");
        String freshItem = page(itemUrl, "controller");
        String freshItemEn = page(itemUrl, "controller", new Cookie("rodtrad-lang", "en"));
        tree.setEnabled(true);
        page(draft.id(), "admin");
        assertThat(page(draft.id(), "controller")).isEqualTo(freshPlan);
        page(itemUrl, "lasare");
        assertThat(page(itemUrl, "controller")).isEqualTo(freshItem);
        assertThat(page(itemUrl, "controller", new Cookie("rodtrad-lang", "en"))).isEqualTo(freshItemEn);
        assertThat(history(freshItem)).contains("Läsfrämjande i alla kommuner.");

        as("admin", () -> editing.updateItem(new UpdateItem(goal.id(), goal.version(), goal.kind(), goal.number(),
                "Läsfrämjande i alla kommuner och skolor.", null, null, null, null)));
        String keptItem = page(itemUrl, "controller");
        String keptPlan = page(draft.id(), "controller");
        assertThat(history(keptItem)).contains("Läsfrämjande i alla kommuner och skolor.");
        tree.setEnabled(false);
        assertThat(page(itemUrl, "controller")).isEqualTo(keptItem);
        assertThat(page(draft.id(), "controller")).isEqualTo(keptPlan);
    }

    @Test
    void a_renamed_comparison_group_shows_in_a_kept_tree_at_once() throws Exception {
        UUID rtn2023 = as("admin", () -> plans.byKey("rtn-2023").orElseThrow().id());
        String name = jdbc.sql("select name from comparison_group where code = 'jamforbara-lan'").query(String.class).single();
        assertThat(tree(page(rtn2023, "lasare"))).contains(name);
        try {
            jdbc.sql("update comparison_group set name = ? where code = 'jamforbara-lan'").param(name + " (omdöpt)").update();
            assertThat(tree(page(rtn2023, "lasare"))).contains(name + " (omdöpt)");
        } finally {
            jdbc.sql("update comparison_group set name = ? where code = 'jamforbara-lan'").param(name).update();
        }
        assertThat(tree(page(rtn2023, "lasare"))).contains(name).doesNotContain(name + " (omdöpt)");
    }

    private String page(String url, String user, Cookie... cookies) throws Exception {
        var request = get(url).with(user(user));
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("X-CSRF-TOKEN&quot;: &quot;[^&]*&quot;", "X-CSRF-TOKEN&quot;: &quot;&quot;");
    }

    private static String history(String page) {
        return page.substring(page.indexOf("id=\"history\""));
    }

    private static String tree(String page) {
        int start = page.indexOf("<ul class=\"plan-tree plan-tree--root\">");
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }
}
