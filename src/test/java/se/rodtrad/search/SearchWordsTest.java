package se.rodtrad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.rodtrad.RodtradTest;
import se.rodtrad.documents.PlanTexts;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.grants.GrantSearch;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.AddItem;
import se.rodtrad.planning.CreatePlan;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanTextSearch;
import se.rodtrad.shared.db.ChangeCounters;

/** The word list is written again only when the texts changed — also across a restart (the stamp is kept with it). */
@RodtradTest
class SearchWordsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ChangeCounters counters;
    @Autowired
    PlanTextSearch planItems;
    @Autowired
    PlanTexts planTexts;
    @Autowired
    GrantSearch grants;
    @Autowired
    PlanEditing editing;
    @Autowired
    Organisation organisation;

    /** A word list as a restarted product has it: a new instance, nothing in memory. */
    private SearchWords restarted() {
        return new SearchWords(jdbc, tx, counters, planItems, planTexts, grants);
    }

    private boolean listed(String word) {
        return jdbc.sql("select exists (select 1 from search_word where public = false and word = ?)").param(word).query(Boolean.class).single();
    }

    @Autowired
    SearchWords running;

    @Test
    void a_restart_with_the_texts_unchanged_keeps_the_list_and_a_changed_text_writes_it_anew() throws InterruptedException {
        // the product's own list, written in the background after start, must not be written beside this test's
        for (int i = 0; i < 600 && running.refreshing(); i++) {
            Thread.sleep(100);
        }
        restarted().refresh();
        assertThat(jdbc.sql("select stamp from search_word_stamp").query(String.class).single())
                .isEqualTo(counters.stamp("planning", "documents", "grants"));
        // a marker only a rewrite would remove
        jdbc.sql("insert into search_word (public, word) values (false, 'markörordetsomingentexthar') on conflict do nothing").update();
        restarted().refresh();
        assertThat(listed("markörordetsomingentexthar")).isTrue();

        UUID rtn = Acting.as("admin", () -> organisation.unitByCode("RTN").orElseThrow().id());
        var plan = Acting.as("admin", () -> editing.createPlan(new CreatePlan(rtn, 2096, "Verksamhetsplan med budget 2096", null, null)));
        Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Målsättning", "Nr 1",
                "Lodjursstammen i länet ska vara livskraftig.", null, null, null)));
        restarted().refresh();
        assertThat(listed("markörordetsomingentexthar")).isFalse();
        assertThat(listed("lodjursstammen")).isTrue();
    }
}
