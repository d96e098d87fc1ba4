package se.rodtrad.planning;

import se.rodtrad.fixtures.Acting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.rodtrad.RodtradTest;

/**
 * The röd tråd page's "same item over the years" and "served by", and the search, read each hit's depth and links
 * for the hit alone; they are what reading each hit's whole plan gave (the demo plans, read only).
 */
@RodtradTest
class RedThreadHitsTest {

    @Autowired
    PlanModel model;
    @Autowired
    PlanItemRepository items;
    @Autowired
    Plans plans;

    @Test
    void hits_read_for_the_rows_alone_are_the_hits_read_from_whole_plans() {
        List<PlanItemRepository.Row> rows = new ArrayList<>();
        for (String key : List.of("rtn-2020", "rtn-2023", "rtn-2026")) {
            UUID plan = Acting.as("lasare", () -> plans.byKey(key).orElseThrow().id());
            for (PlanItemRepository.Row r : items.findByPlan(plan)) {
                rows.addAll(items.findByLineage(r.lineageId()));
                rows.addAll(items.servedBy(r.lineageId()));
            }
        }
        // deep items (indicators under goals under perspectives), items with links, items across years
        assertThat(rows).hasSizeGreaterThan(300);
        List<SearchHit> fast = Acting.as("admin", () -> model.hits(rows));
        List<SearchHit> whole = Acting.as("admin", () -> model.hitsFromWholePlans(rows));
        assertThat(fast).isEqualTo(whole);
        assertThat(fast).anySatisfy(h -> assertThat(h.entry().depth()).isGreaterThanOrEqualTo(2))
                .anySatisfy(h -> assertThat(h.entry().serves()).isNotEmpty());
    }
}
