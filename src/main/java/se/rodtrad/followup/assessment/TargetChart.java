package se.rodtrad.followup.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.organisation.Unit;

/**
 * What an indicator's chart shows, as {@link TargetAssessment} reads the target — worked out with the assessment and
 * only drawn by the indicator's page and the report: the totals ({@link #gender()}) of the judged unit, of what the
 * target compares it with and of riket ({@link #units()}); the target across the chart ({@link #line()}: a band for
 * an interval, a line at a threshold or at the level a relative change aims for); and, where the target compares
 * with a group's mean, that mean as a line of its own ({@link #meanOf()}, {@link #mean(List)}).
 */
public record TargetChart(List<Unit> units, Line line, List<Unit> meanOf) {

    public TargetChart {
        units = List.copyOf(units);
        meanOf = List.copyOf(meanOf);
    }

    /** The target drawn across the chart: a line at {@code lower}, or a band from {@code lower} to {@code upper}. */
    public record Line(Sentence label, BigDecimal lower, BigDecimal upper) {
    }

    /** A chart of a target shows the totals: a target is set on everyone, whatever the series has per sex. */
    public Gender gender() {
        return Gender.T;
    }

    public List<UUID> unitIds() {
        return units.stream().map(Unit::id).toList();
    }

    /**
     * The group's unweighted mean for each period where every member has a value (of the totals) — the comparison
     * the target makes, period by period; empty when the target compares with no group.
     */
    public Map<Period, BigDecimal> mean(List<IndicatorValue> values) {
        Map<Period, BigDecimal> result = new LinkedHashMap<>();
        if (meanOf.isEmpty()) {
            return result;
        }
        Set<UUID> members = new java.util.HashSet<>();
        meanOf.forEach(u -> members.add(u.id()));
        Map<Period, Map<UUID, BigDecimal>> byPeriod = new HashMap<>();
        TreeSet<Period> periods = new TreeSet<>();
        for (IndicatorValue v : values) {
            if (v.gender() == gender() && v.value() != null && members.contains(v.unitId())) {
                byPeriod.computeIfAbsent(v.period(), p -> new HashMap<>()).put(v.unitId(), v.value());
                periods.add(v.period());
            }
        }
        for (Period p : periods) {
            Map<UUID, BigDecimal> of = byPeriod.get(p);
            if (of.size() == members.size()) {
                result.put(p, TargetAssessment.mean(new ArrayList<>(of.values())));
            }
        }
        return result;
    }
}
