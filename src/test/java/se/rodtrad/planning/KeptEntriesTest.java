package se.rodtrad.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import se.rodtrad.RodtradTest;

/**
 * A plan's entries are kept while the planning counter stays: a committed change shows at once, and what a use case
 * reads of its own uncommitted writes is never kept — rolled back, it was never there.
 */
@RodtradTest
@WithMockUser("admin")
class KeptEntriesTest {

    @Autowired
    PlanModel model;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PlanEditing editing;
    @Autowired
    se.rodtrad.organisation.Organisation organisation;

    private String textOf(UUID planId, UUID itemId) {
        return model.entries(planId).stream().filter(e -> e.id().equals(itemId)).findFirst().orElseThrow().text();
    }

    @Test
    void a_committed_change_shows_at_once_and_a_rolled_back_one_never() {
        UUID body = organisation.unitByCode("KFN").orElseThrow().id();
        UUID planId = editing.createPlan(new CreatePlan(body, 2074, "Verksamhetsplan med budget 2074", null, null)).id();
        editing.addItem(new AddItem(planId, null, ItemType.GOAL, "Nämndmål", "1", "Kulturen når hela länet.", null, null, null));
        List<PlanEntry> first = model.entries(planId);
        UUID itemId = first.get(0).id();
        String text = first.get(0).text();
        assertThat(model.entries(planId)).as("kept while nothing changed").isSameAs(first);

        transactions.executeWithoutResult(t -> {
            jdbc.sql("update plan_item set text = ? where id = ?").params(text + " (ändrad, ångras)", itemId).update();
            assertThat(textOf(planId, itemId)).as("the use case reads its own write").isEqualTo(text + " (ändrad, ångras)");
            t.setRollbackOnly();
        });
        assertThat(textOf(planId, itemId)).as("rolled back: never kept").isEqualTo(text);

        try {
            jdbc.sql("update plan_item set text = ? where id = ?").params(text + " (ändrad)", itemId).update();
            assertThat(textOf(planId, itemId)).isEqualTo(text + " (ändrad)");
        } finally {
            jdbc.sql("update plan_item set text = ? where id = ?").params(text, itemId).update();
        }
        assertThat(textOf(planId, itemId)).isEqualTo(text);
    }
}
