package se.rodtrad.followup.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import se.rodtrad.followup.Gender;
import se.rodtrad.followup.IndicatorValue;
import se.rodtrad.followup.Period;

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

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
