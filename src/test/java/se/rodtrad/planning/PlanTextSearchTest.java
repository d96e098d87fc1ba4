package se.rodtrad.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.organisation.Organisation;

/** The items' searchable words are kept beside them (planning V7): written with the item, changed with its text, gone with it. */
@RodtradTest
class PlanTextSearchTest {

    @Autowired
    PlanEditing editing;
    @Autowired
    PlanTextSearch search;
    @Autowired
    Organisation organisation;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private List<UUID> found(String word) {
        return Acting.as("admin", () -> search.search(word, null, null, null, false, 10)).stream().map(PlanTextHit::itemId).toList();
    }

    @Test
    void an_item_is_found_by_its_words_as_soon_as_it_is_written_by_its_new_words_after_an_edit_and_not_after_it_is_removed() {
        UUID rtn = Acting.as("admin", () -> organisation.unitByCode("RTN").orElseThrow().id());
        PlanSummary plan = Acting.as("admin", () -> editing.createPlan(new CreatePlan(rtn, 2097, "Verksamhetsplan med budget 2097", null, null)));
        PlanItem goal = Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Målsättning", "Nr 1",
                "Fjällrävsstammen i länet ska växa.", null, null, null)));
        // Swedish stemming: the plural finds the singular's item
        assertThat(found("fjällrävsstammen")).containsExactly(goal.id());

        PlanItem edited = Acting.as("admin", () -> editing.updateItem(new UpdateItem(goal.id(), goal.version(), "Målsättning", "Nr 1",
                "Järvstammen i länet ska växa.", null, null, null, null)));
        assertThat(found("fjällrävsstammen")).isEmpty();
        assertThat(found("järvstammen")).containsExactly(edited.id());

        Acting.as("admin", () -> editing.removeItem(edited.id(), edited.version()));
        assertThat(found("järvstammen")).isEmpty();
        // its words went with it (planning V10: a trigger, not a foreign key)
        assertThat(jdbc.sql("select count(*) from plan_item_search where item_id = ?").param(edited.id()).query(Long.class).single()).isZero();
    }

    /** Items whose copy of their place in plan_item_search (planning V8, and whether the plan is decided: V11) differs from the item and its plan. */
    private long misplaced() {
        return jdbc.sql("""
                select count(*) from plan_item i join plan pl on pl.id = i.plan_id left join plan_item_search s on s.item_id = i.id
                where s.item_id is null or (s.plan_id, s.type, s.position, s.year, s.body_id, s.decided)
                      is distinct from (i.plan_id, i.type, i.position, pl.year, pl.body_id, pl.status = 'DECIDED')""").query(Long.class).single();
    }

    @Test
    void an_item_is_filtered_and_ordered_by_its_place_which_follows_every_insert_and_move() {
        assertThat(misplaced()).as("every demo item, as loaded").isZero();
        UUID kfn = Acting.as("admin", () -> organisation.unitByCode("KFN").orElseThrow().id());
        PlanSummary plan = Acting.as("admin", () -> editing.createPlan(new CreatePlan(kfn, 2096, "Verksamhetsplan med budget 2096", null, null)));
        PlanItem second = Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Mål", "2",
                "Bäverdammarna i länet ska räknas.", null, null, null)));
        PlanItem assignment = Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), second.id(), ItemType.ASSIGNMENT, "Uppdrag", "2.1",
                "Räkna bäverdammarna vid länets vattendrag.", null, null, null)));
        assertThat(misplaced()).isZero();
        // by type and year, from the copy
        assertThat(Acting.as("admin", () -> search.search("bäverdammar", ItemType.ASSIGNMENT, kfn, 2096, false, 10)))
                .extracting(PlanTextHit::itemId).containsExactly(assignment.id());
        assertThat(Acting.as("admin", () -> search.search("bäverdammar", ItemType.GOAL, null, 2096, false, 10)))
                .extracting(PlanTextHit::itemId).containsExactly(second.id());
        assertThat(Acting.as("admin", () -> search.search("bäverdammar", null, null, 2095, false, 10))).isEmpty();
        // a moved item keeps its copy in step
        jdbc.sql("update plan_item set position = position + 10 where plan_id = ?").param(plan.id()).update();
        assertThat(misplaced()).isZero();
        // the public sees no draft, whatever the copy says …
        assertThat(Acting.as("admin", () -> search.search("bäverdammar", null, null, null, true, 10))).isEmpty();
        // … and a decided plan's items as soon as it is decided (the copy follows the plan's status: planning V11); rolled
        // back, as a decided plan never changes again and the other tests share the database
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("update plan set status = 'DECIDED' where id = ?").param(plan.id()).update();
            assertThat(misplaced()).isZero();
            assertThat(search.search("bäverdammar", null, null, null, true, 10)).extracting(PlanTextHit::itemId)
                    .containsExactlyInAnyOrder(second.id(), assignment.id());
            assertThat(search.search("bäverdammar", null, kfn, 2096, true, 10)).hasSize(2);
            tx.setRollbackOnly();
        });
        assertThat(misplaced()).isZero();
    }

    /** The partition (planning V9) an item's words are kept in. */
    private String partitionOf(UUID itemId) {
        return jdbc.sql("select tableoid::regclass::text from plan_item_search where item_id = ?").param(itemId).query(String.class).single();
    }

    @Test
    void the_words_of_each_plan_year_are_kept_in_that_years_partition_and_the_newest_years_give_the_candidates() {
        UUID kfn = Acting.as("admin", () -> organisation.unitByCode("KFN").orElseThrow().id());
        PlanSummary older = Acting.as("admin", () -> editing.createPlan(new CreatePlan(kfn, 2081, "Verksamhetsplan med budget 2081", null, null)));
        // the first plan of a year makes the year's partition; its items are written there
        assertThat(jdbc.sql("select to_regclass('plan_item_search_y2081') is not null").query(Boolean.class).single()).isTrue();
        PlanItem old = Acting.as("admin", () -> editing.addItem(new AddItem(older.id(), null, ItemType.GOAL, "Mål", "1",
                "Uttrarna i länets vattendrag ska räknas.", null, null, null)));
        assertThat(partitionOf(old.id())).isEqualTo("plan_item_search_y2081");
        // a plan moved to another year takes its items' words to that year's partition, made for it
        jdbc.sql("update plan set year = 2080 where id = ?").param(older.id()).update();
        assertThat(partitionOf(old.id())).isEqualTo("plan_item_search_y2080");
        assertThat(misplaced()).isZero();

        // a newer year with more matches than are ranked: its items are the candidates, the older year is not read …
        PlanSummary newer = Acting.as("admin", () -> editing.createPlan(new CreatePlan(kfn, 2082, "Verksamhetsplan med budget 2082", null, null)));
        jdbc.sql("""
                with l as (insert into lineage (key, type) select 'plan-text-search-test-' || g, 'GOAL' from generate_series(1, :n) g returning id)
                insert into plan_item (plan_id, lineage_id, type, kind, number, text, position)
                select :plan, l.id, 'GOAL', 'Mål', (row_number() over ())::text, 'Uttrarna i länet ska öka.', row_number() over () from l""")
                .param("n", PlanTextSearch.CANDIDATES).param("plan", newer.id()).update();
        List<PlanTextHit> hits = Acting.as("admin", () -> search.search("uttrarna", null, null, null, false, 50));
        assertThat(hits).hasSize(50).allSatisfy(h -> assertThat(h.plan().year()).isEqualTo(2082));
        // … until the reader asks for that year
        assertThat(Acting.as("admin", () -> search.search("uttrarna", null, null, 2080, false, 50)))
                .extracting(PlanTextHit::itemId).containsExactly(old.id());
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void a_new_years_partition_is_made_while_another_transaction_writes_items() throws Exception {
        UUID planId = jdbc.sql("select id from plan order by year, revision limit 1").query(UUID.class).single();
        UUID body = jdbc.sql("select body_id from plan where id = ?").param(planId).query(UUID.class).single();
        try (java.sql.Connection writer = dataSource.getConnection(); java.sql.Connection planner = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            planner.setAutoCommit(false);
            try (var st = writer.createStatement()) {
                // an item written and not yet committed: the writer holds its lock on plan_item until it ends
                st.execute("insert into lineage (key, type) values ('plan-text-search-test-writer', 'GOAL')");
                st.execute("""
                        insert into plan_item (plan_id, lineage_id, type, text, position)
                        select '%s', id, 'GOAL', 'Ett mål under arbete.', 9999 from lineage where key = 'plan-text-search-test-writer'"""
                        .formatted(planId));
            }
            try (var st = planner.createStatement()) {
                // the first plan of a year makes its partition without waiting for the writer (with the foreign key of
                // V9 it waited for every transaction writing items: planning V10)
                st.execute("set local lock_timeout = '3s'");
                st.execute(("insert into plan (key, body_id, year, title, status) values ('plan-text-search-test-2079', '%s', 2079, "
                        + "'Verksamhetsplan med budget 2079', 'DRAFT')").formatted(body));
                try (var rs = st.executeQuery("select to_regclass('plan_item_search_y2079') is not null")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                }
            } finally {
                planner.rollback();
                writer.rollback();
            }
        }
    }
}
