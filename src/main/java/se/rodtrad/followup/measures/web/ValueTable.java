package se.rodtrad.followup.measures.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.Period;

/** A series' values as a table: one row per unit, one column per period, for one sex. */
record ValueTable(Gender gender, List<Period> periods, List<Row> rows) {

    record Row(UUID unitId, String unitCode, String unitName, Map<String, IndicatorValue> cells) {
        public IndicatorValue cell(Period p) {
            return cells.get(p.code());
        }
    }

    static ValueTable of(List<IndicatorValue> values, Gender gender, List<UUID> unitOrder) {
        TreeSet<Period> periods = new TreeSet<>();
        Map<UUID, Row> rows = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            if (v.gender() != gender) {
                continue;
            }
            periods.add(v.period());
            rows.computeIfAbsent(v.unitId(), id -> new Row(id, v.unitCode(), v.unitName(), new LinkedHashMap<>()))
                    .cells().put(v.period().code(), v);
        }
        List<Row> ordered = new ArrayList<>();
        for (UUID id : unitOrder) {
            Row r = rows.remove(id);
            if (r != null) {
                ordered.add(r);
            }
        }
        ordered.addAll(rows.values());
        return new ValueTable(gender, new ArrayList<>(periods), ordered);
    }

    /** The same rows under these columns (the periods of the whole series when only some units were read). */
    ValueTable withPeriods(List<Period> all) {
        return new ValueTable(gender, all, rows);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Only the rows of {@code first} (in this table's order), or, when none of them has values, the table's first
     * {@code fallback} rows — a measure of other regions' municipalities still shows something to start from.
     */
    ValueTable only(java.util.Set<UUID> first, int fallback) {
        List<Row> kept = rows.stream().filter(r -> first.contains(r.unitId())).toList();
        return new ValueTable(gender, periods, kept.isEmpty() ? rows.subList(0, Math.min(fallback, rows.size())) : kept);
    }
}
