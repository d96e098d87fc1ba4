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
    }
}
