package se.rodtrad.followup.measures.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A page of Kolada's data API, v2 or v3:
 * <pre>{"count": 2, "values": [{"kpi": "N03700", "municipality": "0018", "period": 2021,
 *   "values": [{"gender": "T", "count": 1, "status": "", "value": 456.1}]}], "next_page"|"next_url": "…"}</pre>
 * A {@code count} that disagrees with the values present means the page is cut off and is refused.
 */
public final class KoladaJsonParser {

    private KoladaJsonParser() {
    }

    public static ParsedFile parse(byte[] bytes, String file, ImportOptions options) {
        JsonNode root = Json.read(bytes, file);
        if (!root.isObject()) {
            throw new ImportFailure("followup.import.error.kolada.root", file);
        }
        JsonNode values = root.get("values");
        if (values == null || !values.isArray()) {
            throw new ImportFailure("followup.import.error.kolada.values", file);
        }
        JsonNode count = root.get("count");
        if (count != null && !count.isNull()) {
            long declared = Json.whole(count, file + ": count", 0, Long.MAX_VALUE);
            if (declared != values.size()) {
                throw new ImportFailure("followup.import.error.kolada.count", file, declared, values.size());
            }
        }
        String next = firstString(root, file, "next_url", "next_page");
        List<ImportRow> rows = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : values) {
            String where = file + ": values[" + i + "]";
            if (!entry.isObject()) {
                throw new ImportFailure("followup.import.error.jsonType", where, "objekt");
            }
            String kpi = Json.string(entry, "kpi", where);
            if (kpi == null && options.measure() == null) {
                throw new ImportFailure("followup.import.error.jsonMissing", where, "kpi");
            }
            String unit = Json.string(entry, "municipality", where);
            if (unit == null) {
                unit = Json.string(entry, "municipality_id", where);
            }
            if (unit == null) {
                if (entry.has("ou")) {
                    notes.add(Note.of("followup.import.note.ouSkipped", where));
                    i++;
                    continue;
                }
                throw new ImportFailure("followup.import.error.jsonMissing", where, "municipality");
            }
            String periodText = Json.string(entry, "period", where);
            if (periodText == null) {
                periodText = Json.string(entry, "year", where);
            }
            if (periodText == null) {
                throw new ImportFailure("followup.import.error.jsonMissing", where, "period");
            }
            String period = Fields.period(where, "period", periodText);
            JsonNode inner = entry.get("values");
            if (inner == null || !inner.isArray()) {
                throw new ImportFailure("followup.import.error.jsonMissing", where, "values");
            }
            int j = 0;
            for (JsonNode v : inner) {
                String w = where + ".values[" + j + "]";
                if (!v.isObject()) {
                    throw new ImportFailure("followup.import.error.jsonType", w, "objekt");
                }
                String gender = Fields.gender(w, "gender", Json.string(v, "gender", w));
                BigDecimal value = number(v, w);
                String countText = Json.string(v, "count", w);
                String status = Fields.text(w, "status", Json.string(v, "status", w), 100);
                if (value == null && status == null) {
                    status = "saknas";
                }
                rows.add(new ImportRow(w, kpi, unit.strip(), null, period, gender, value, Fields.count(w, "count", countText), status,
                        null, null, null));
                j++;
            }
            i++;
        }
        if (next != null) {
            notes.add(Note.of("followup.import.note.nextPage", file, Text.excerpt(next)));
        }
        return new ParsedFile(rows, "Kolada", null, next, false, notes);
    }

    private static BigDecimal number(JsonNode v, String where) {
        JsonNode n = v.get("value");
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return Json.number(n, where);
        }
        if (n.isString()) {
            return Fields.decimal(where, "value", n.stringValue());
        }
        throw new ImportFailure("followup.import.error.jsonType", where + ".value", "tal");
    }

    private static String firstString(JsonNode root, String file, String... fields) {
        for (String f : fields) {
            String s = Json.string(root, f, file);
            if (s != null && !s.isBlank()) {
                return s.strip();
            }
        }
        return null;
    }
}
