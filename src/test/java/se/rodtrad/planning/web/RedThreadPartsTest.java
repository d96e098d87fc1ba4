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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.TargetDraft;
import se.rodtrad.planning.UpdateItem;

/**
 * The kept röd tråd page is the page rendered fresh — in Swedish and English, for readers with other permissions —
 * and stays so after every kind of change it shows: an item edited or added, a plan decided and revised, a link
 * made from another plan, a comparison group renamed. What differs per person (edit link, add and remove forms with
 * their CSRF tokens) is never in the kept parts.
 */
@RodtradTest
class RedThreadPartsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RedThreadParts parts;
    @Autowired
    Plans plans;
    @Autowired
    PlanModel model;
    @Autowired
    PlanEditing editing;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcClient jdbc;

    private static final Cookie ENGLISH = new Cookie("rodtrad-lang", "en");

    @AfterEach
    void keepAgain() {
        parts.setEnabled(true);
    }

    private String page(UUID itemId, String user, Cookie... cookies) throws Exception {
        var request = get("/planer/punkter/" + itemId).with(user(user));
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the CSRF token of the page's forms is masked anew on every request
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("X-CSRF-TOKEN&quot;: &quot;[^&]*&quot;", "X-CSRF-TOKEN&quot;: &quot;&quot;");
    }

    /**
     * The page as kept equals the page rendered fresh. The page is asked for first as another reader, so that it is
     * served from what an earlier view kept when there is one (the view before a change), and is kept again after
     * the comparison for the next change to find.
     */
    private String keptEqualsFresh(UUID itemId, String user, Cookie... cookies) throws Exception {
        page(itemId, "lasare", cookies);
        String kept = page(itemId, user, cookies);
        parts.setEnabled(false);
        try {
            assertThat(kept).isEqualTo(page(itemId, user, cookies));
        } finally {
            parts.setEnabled(true);
        }
        page(itemId, "lasare", cookies);
        return kept;
    }

    private void keptEqualsFreshForEveryone(UUID itemId) throws Exception {
        for (String user : List.of("admin", "controller", "lasare")) {
            keptEqualsFresh(itemId, user);
            keptEqualsFresh(itemId, user, ENGLISH);
        }
    }

    private static <T> T as(String username, Supplier<T> work) {
        var context = new SecurityContextImpl(new UsernamePasswordAuthenticationToken(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        TestSecurityContextHolder.setContext(context);
        SecurityContextHolder.setContext(context);
        return work.get();
    }

    private static String thread(String page) {
        return page.substring(page.indexOf("id=\"thread-heading\""), page.indexOf("id=\"years-heading\""));
    }

    @Test
    void a_decided_goals_kept_thread_is_the_page_a_fresh_render_gives_for_every_reader_and_language() throws Exception {
        UUID rtn2023 = as("admin", () -> plans.byKey("rtn-2023").orElseThrow().id());
        // a goal with indicators under it, one of them measured against a comparison group
        PlanItem indicator = as("admin", () -> model.items(rtn2023).stream()
                .filter(i -> i.target() != null && "PEER_GROUP".equals(i.target().form().name())).findFirst().orElseThrow());
        UUID goal = indicator.parentId();
        keptEqualsFreshForEveryone(goal);
        keptEqualsFreshForEveryone(indicator.id());
        String sv = page(goal, "lasare");
        assertThat(sv).contains("Röd tråd", "Samma punkt över åren", "thread-step--self");
        assertThat(page(goal, "lasare", ENGLISH)).isNotEqualTo(sv);
        // one kept thread per item and language: the readers share it
        int kept = parts.size();
        page(goal, "admin");
        page(goal, "controller", ENGLISH);
        assertThat(parts.size()).isEqualTo(kept);
    }

    @Test
    void a_renamed_comparison_group_shows_in_a_kept_thread_at_once() throws Exception {
        UUID rtn2023 = as("admin", () -> plans.byKey("rtn-2023").orElseThrow().id());
        UUID goal = as("admin", () -> model.items(rtn2023).stream()
                .filter(i -> i.target() != null && "PEER_GROUP".equals(i.target().form().name())).findFirst().orElseThrow().parentId());
        String name = jdbc.sql("select name from comparison_group where code = 'jamforbara-lan'").query(String.class).single();
        assertThat(thread(page(goal, "lasare"))).contains(name);
        try {
            jdbc.sql("update comparison_group set name = ? where code = 'jamforbara-lan'").param(name + " (omdöpt)").update();
            assertThat(thread(keptEqualsFresh(goal, "lasare"))).contains(name + " (omdöpt)");
        } finally {
            jdbc.sql("update comparison_group set name = ? where code = 'jamforbara-lan'").param(name).update();
        }
        assertThat(thread(keptEqualsFresh(goal, "lasare"))).contains(name).doesNotContain(name + " (omdöpt)");
    }

    @Test
    void the_kept_thread_follows_every_change_of_plans_items_and_links() throws Exception {
        UUID rtn2023 = as("admin", () -> plans.byKey("rtn-2023").orElseThrow().id());
        PlanItem rtnGoal = as("admin", () -> model.items(rtn2023).stream().filter(i -> i.type() == ItemType.GOAL).findFirst().orElseThrow());
        PlanSummary draft = as("admin", () -> {
            UUID body = organisation.unitByCode("KFN").orElseThrow().id();
            return editing.createPlan(new CreatePlan(body, 2073, "Verksamhetsplan med budget 2073", null, null));
        });
        PlanItem goal = as("admin", () -> editing.addItem(new AddItem(draft.id(), null, ItemType.GOAL, "Nämndmål", "1",
                "Kulturen når hela länet.", null, null, null)));
        String first = keptEqualsFresh(goal.id(), "admin");
        assertThat(first).contains("Kulturen når hela länet.", "Inga underliggande punkter.", "add-heading", "remove-heading");
        // the add and remove forms, with their CSRF tokens, are the editor's alone and never kept
        assertThat(keptEqualsFresh(goal.id(), "lasare")).doesNotContain("add-heading", "remove-heading");
        page(goal.id(), "admin");
        assertThat(parts.keptParts()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.head() + p.thread() + p.years()).doesNotContain("_csrf", "<form", "/redigera", "CSRF", "<body"));

        // an item added under it
        as("admin", () -> editing.addItem(new AddItem(draft.id(), goal.id(), ItemType.INDICATOR, null, null, "Besöken ska öka.", null, null,
                new TargetDraft("PREVIOUS_VALUE", "INCREASE", null, null, null, null, null, null, null, null, null, null, null, null))));
        assertThat(thread(keptEqualsFresh(goal.id(), "admin"))).contains("Besöken ska öka.").doesNotContain("Inga underliggande punkter.");

        // the item edited
        PlanItem current = as("admin", () -> model.item(goal.id()));
        as("admin", () -> editing.updateItem(new UpdateItem(current.id(), current.version(), current.kind(), current.number(),
                "Kulturen når hela länet och alla åldrar.", null, null, null, null)));
        assertThat(keptEqualsFresh(goal.id(), "admin")).contains("Kulturen når hela länet och alla åldrar.");

        // a link made to RTN's goal: the draft's goal now has a chain above it, and RTN's goal lists the draft as serving it
        String rtnBefore = keptEqualsFresh(rtnGoal.id(), "lasare");
        assertThat(rtnBefore).doesNotContain("Kulturen når hela länet och alla åldrar.");
        jdbc.sql("insert into plan_item_link (item_id, lineage_id, relation) values (?, ?, 'SERVES')").params(goal.id(), rtnGoal.lineageId())
                .update();
        // (a link names the lineage and shows its newest item)
        assertThat(thread(keptEqualsFresh(goal.id(), "admin"))).contains("thread-step--link").doesNotContain("Dokumentet anger inget överordnat mål");
        assertThat(thread(keptEqualsFresh(rtnGoal.id(), "lasare"))).contains("Kulturen når hela länet och alla åldrar.");
        keptEqualsFresh(rtnGoal.id(), "controller", ENGLISH);

        // the plan decided: no edit controls for anyone, the status says so
        as("admin", () -> {
            editing.changeStatus(draft.id(), plans.plan(draft.id()).version(), PlanStatus.PROPOSAL, null);
            return editing.changeStatus(draft.id(), plans.plan(draft.id()).version(), PlanStatus.DECIDED,
                    new Decision(LocalDate.of(2025, 11, 20), "KFN", "§ 13"));
        });
        String decided = keptEqualsFresh(goal.id(), "admin");
        assertThat(decided).contains("Beslutad").doesNotContain("add-heading", "remove-heading");
        keptEqualsFreshForEveryone(goal.id());

        // the plan revised: a new version holds the same item, and the item's years list it
        PlanSummary revised = as("admin", () -> editing.revise(draft.id(), "Ny budget"));
        String afterRevision = keptEqualsFresh(goal.id(), "lasare");
        assertThat(afterRevision.substring(afterRevision.indexOf("id=\"years-heading\""))).contains(" v" + revised.revision() + "</a>");
        keptEqualsFreshForEveryone(goal.id());

        // the link removed again: RTN's goal no longer lists the draft
        jdbc.sql("delete from plan_item_link where lineage_id = ? and item_id in (select id from plan_item where lineage_id = ?)")
                .params(rtnGoal.lineageId(), goal.lineageId()).update();
        assertThat(thread(keptEqualsFresh(rtnGoal.id(), "lasare"))).isEqualTo(thread(rtnBefore));
    }

    @Test
    void a_grant_that_comes_to_serve_an_item_shows_in_its_kept_page_at_once() throws Exception {
        UUID rtn2023 = as("admin", () -> plans.byKey("rtn-2023").orElseThrow().id());
        PlanEntry goal = as("admin", () -> model.entries(rtn2023).stream()
                .filter(e -> e.type() == ItemType.GOAL && e.lineageKey() != null).filter(e -> jdbc.sql(
                        "select count(*) from grant_decision where serves @> array[?]::text[]").param(e.lineageKey()).query(Long.class).single() == 0)
                .findFirst().orElseThrow());
        UUID decision = jdbc.sql("select id from grant_decision order by register_order limit 1").query(UUID.class).single();
        assertThat(keptEqualsFresh(goal.id(), "lasare")).doesNotContain("contributions-heading");
        try {
            // grants says the decision serves the goal: its counter moves, the kept page lists it at once
            jdbc.sql("update grant_decision set serves = serves || array[?]::text[] where id = ?").params(goal.lineageKey(), decision).update();
            assertThat(keptEqualsFresh(goal.id(), "lasare")).contains("contributions-heading", "/bidrag/beslut/" + decision);
            // its kind and status in the reader's language
            String sv = contributions(keptEqualsFresh(goal.id(), "lasare"));
            String en = contributions(keptEqualsFresh(goal.id(), "lasare", ENGLISH));
            assertThat(sv).containsAnyOf("(beviljat", "(avslag", "(inväntar", "(ansökan").containsAnyOf(">Bidrag<", ">Projekt<");
            assertThat(en).containsAnyOf("(granted", "(rejected", "(awaiting", "(applied").containsAnyOf(">Grant<", ">Project<")
                    .doesNotContain("beviljat", "avslag", "inväntar", "ansökan");
        } finally {
            jdbc.sql("update grant_decision set serves = array_remove(serves, ?) where id = ?").params(goal.lineageKey(), decision).update();
        }
        assertThat(keptEqualsFresh(goal.id(), "lasare")).doesNotContain("contributions-heading");
    }

    private static String contributions(String page) {
        return page.substring(page.indexOf("id=\"contributions-heading\""), page.indexOf("</section>", page.indexOf("id=\"contributions-heading\"")));
    }
}
