package se.rodtrad.followup.measures.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An SCB PxWeb v1 response ({@code "response": {"format": "json"}}):
 * {@code columns[{code, text, type: d|t|c}]}, {@code data[{key: [dimension and time codes], values: [one
 * per contents column]}]}, {@code metadata[{updated, source}]}. Values are text; ".." means missing.
 */
public final class PxWebV1Parser {

    private PxWebV1Parser() {
    }

    public static ParsedFile parse(byte[] bytes, String file, ImportOptions options) {
        JsonNode root = Json.read(bytes, file);
        if (!root.isObject() || root.get("columns") == null || !root.get("columns").isArray() || root.get("data") == null
                || !root.get("data").isArray()) {
            throw new ImportFailure("followup.import.error.pxweb.root", file);
        }
        List<String> keyCodes = new ArrayList<>();
        List<String> keyLabels = new ArrayList<>();
        List<String> keyTypes = new ArrayList<>();
        List<String> contentCodes = new ArrayList<>();
        Map<String, String> contentLabels = new LinkedHashMap<>();
        int c = 0;
        for (JsonNode col : root.get("columns")) {
            String where = file + ": columns[" + c++ + "]";
            if (!col.isObject()) {
                throw new ImportFailure("followup.import.error.jsonType", where, "objekt");
            }
            String code = Json.string(col, "code", where);
            String type = Json.string(col, "type", where);
            if (code == null || type == null) {
                throw new ImportFailure("followup.import.error.jsonMissing", where, code == null ? "code" : "type");
            }
            if ("c".equals(type)) {
                contentCodes.add(code);
                contentLabels.put(code, Json.string(col, "text", where));
            } else {
                keyCodes.add(code);
                keyLabels.add(Json.string(col, "text", where));
                keyTypes.add(type);
            }
        }
        if (contentCodes.isEmpty()) {
            throw new ImportFailure("followup.import.error.pxweb.noContents", file);
        }
        List<Map<String, String>> seen = new ArrayList<>();
        keyCodes.forEach(k -> seen.add(new LinkedHashMap<>()));
        List<ScbTable.Cell> cells = new ArrayList<>();
        int d = 0;
        for (JsonNode point : root.get("data")) {
            String where = file + ": data[" + d++ + "]";
            JsonNode key = point.get("key");
            JsonNode values = point.get("values");
            if (key == null || !key.isArray() || key.size() != keyCodes.size()) {
                throw new ImportFailure("followup.import.error.pxweb.key", where, keyCodes.size());
            }
            if (values == null || !values.isArray() || values.size() != contentCodes.size()) {
                throw new ImportFailure("followup.import.error.pxweb.values", where, contentCodes.size());
            }
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < keyCodes.size(); i++) {
                JsonNode k = key.get(i);
                if (!k.isString() && !k.isNumber()) {
                    throw new ImportFailure("followup.import.error.jsonType", where + ".key[" + i + "]", "text");
                }
                String code = k.isString() ? k.stringValue() : Json.number(k, where + ".key[" + i + "]").toPlainString();
                codes.add(code);
                seen.get(i).put(code, code);
            }
            for (int v = 0; v < contentCodes.size(); v++) {
                JsonNode val = values.get(v);
                String text = val.isNull() ? null : val.isString() ? val.stringValue()
                        : val.isNumber() ? Json.number(val, where + ".values[" + v + "]").toPlainString() : null;
                if (text == null && !val.isNull()) {
                    throw new ImportFailure("followup.import.error.jsonType", where + ".values[" + v + "]", "text");
                }
                BigDecimal value = Fields.decimal(where + ".values[" + v + "]", contentCodes.get(v), text);
                List<String> all = new ArrayList<>(codes);
                all.add(contentCodes.get(v));
                cells.add(new ScbTable.Cell(where + ".values[" + v + "]", all, value,
                        value == null ? (text == null ? ".." : text.strip()) : null));
            }
        }
        List<ScbTable.Dimension> dims = new ArrayList<>();
        for (int i = 0; i < keyCodes.size(); i++) {
            dims.add(new ScbTable.Dimension(keyCodes.get(i), keyLabels.get(i), seen.get(i),
                    ScbTable.role(keyCodes.get(i), keyLabels.get(i), keyTypes.get(i), null, null, null)));
        }
        dims.add(new ScbTable.Dimension("ContentsCode", "tabellinnehåll", contentLabels, ScbTable.Role.CONTENTS));
        String source = "SCB";
        LocalDate published = null;
        JsonNode meta = root.get("metadata");
        if (meta != null && meta.isArray() && !meta.isEmpty() && meta.get(0).isObject()) {
            String s = Json.string(meta.get(0), "source", file + ": metadata[0]");
            String label = Json.string(meta.get(0), "label", file + ": metadata[0]");
            source = (s == null ? "SCB" : s) + (label == null ? "" : ", " + label);
            published = Fields.date(file + ": metadata[0]", "updated", Json.string(meta.get(0), "updated", file + ": metadata[0]"));
        }
        return ScbTable.rows(file, dims, cells, options, source, published);
    }
}
