package se.rodtrad.planning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Two plans compared item by item: the later plan's items in document order, then what was removed. */
public record Comparison(PlanSummary from, PlanSummary to, List<ComparisonEntry> entries) {

    public Map<Change, Long> counts() {
        Map<Change, Long> counts = new EnumMap<>(Change.class);
        for (Change c : Change.values()) {
            counts.put(c, 0L);
        }
        entries.forEach(e -> counts.merge(e.change(), 1L, Long::sum));
        return counts;
    }
}
