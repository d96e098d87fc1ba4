package se.rodtrad.followup.measures.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A PxWebApi 2 table as json-stat2: {@code id[]}, {@code size[]}, {@code dimension{id: {label, category:
 * {index, label}}}}, {@code value} (array or sparse object, row-major with the last dimension fastest),
 * optional {@code status}, {@code role{time, metric, geo}}, {@code updated}, {@code source}. A value array
 * shorter than the sizes promise is a cut-off file and is refused.
 */
public final class JsonStat2Parser {

    /** More cells than this in one table is refused (the product of the sizes). */
    static final long MAX_CELLS = 2_000_000;

    private JsonStat2Parser() {
    }

    public static ParsedFile parse(byte[] bytes, String file, ImportOptions options) {
        JsonNode root = Json.read(bytes, file);
        if (!root.isObject() || !"dataset".equals(Json.string(root, "class", file))) {
            throw new ImportFailure("followup.import.error.jsonstat.root", file);
        }
        JsonNode ids = root.get("id");
        JsonNode sizes = root.get("size");
        JsonNode dimension = root.get("dimension");
        if (ids == null || !ids.isArray() || sizes == null || !sizes.isArray() || ids.size() != sizes.size() || dimension == null
                || !dimension.isObject() || ids.isEmpty()) {
            throw new ImportFailure("followup.import.error.jsonstat.shape", file);
        }
        String timeId = roleOf(root, "time");
        String metricId = roleOf(root, "metric");
        String geoId = roleOf(root, "geo");
        List<ScbTable.Dimension> dims = new ArrayList<>();
        List<List<String>> codesByPosition = new ArrayList<>();
        long cellCount = 1;
        for (int i = 0; i < ids.size(); i++) {
            String where = file + ": id[" + i + "]";
            if (!ids.get(i).isString()) {
                throw new ImportFailure("followup.import.error.jsonType", where, "text");
            }
            String id = ids.get(i).stringValue();
            int size = (int) Json.whole(sizes.get(i), file + ": size[" + i + "]", 1, MAX_CELLS);
            cellCount *= size;
            if (cellCount > MAX_CELLS) {
                throw new ImportFailure("followup.import.error.jsonstat.tooLarge", file, MAX_CELLS);
            }
            JsonNode dim = dimension.get(id);
            String dw = file + ": dimension." + Text.excerpt(id);
            if (dim == null || !dim.isObject() || dim.get("category") == null || !dim.get("category").isObject()) {
                throw new ImportFailure("followup.import.error.jsonMissing", dw, "category");
            }
            JsonNode category = dim.get("category");
            String[] codes = new String[size];
            JsonNode index = category.get("index");
            if (index == null || index.isNull()) {
                JsonNode labels = category.get("label");
                if (size == 1 && labels != null && labels.isObject() && labels.size() == 1) {
                    codes[0] = labels.propertyNames().iterator().next();
                } else {
                    throw new ImportFailure("followup.import.error.jsonMissing", dw + ".category", "index");
                }
            } else if (index.isArray()) {
                if (index.size() != size) {
                    throw new ImportFailure("followup.import.error.jsonstat.index", dw, index.size(), size);
                }
                for (int k = 0; k < size; k++) {
                    if (!index.get(k).isString()) {
                        throw new ImportFailure("followup.import.error.jsonType", dw + ".category.index[" + k + "]", "text");
                    }
                    codes[k] = index.get(k).stringValue();
                }
            } else if (index.isObject()) {
                if (index.size() != size) {
                    throw new ImportFailure("followup.import.error.jsonstat.index", dw, index.size(), size);
                }
                for (var e : index.properties()) {
                    String pw = dw + ".category.index." + Text.excerpt(e.getKey());
                    int pos = (int) Json.whole(e.getValue(), pw, 0, size - 1);
                    if (codes[pos] != null) {
                        throw new ImportFailure("followup.import.error.jsonType", pw, "en ledig position 0–" + (size - 1));
                    }
                    codes[pos] = e.getKey();
                }
            } else {
                throw new ImportFailure("followup.import.error.jsonType", dw + ".category.index", "objekt");
            }
            Map<String, String> values = new LinkedHashMap<>();
            JsonNode labels = category.get("label");
            for (String code : codes) {
                String label = labels != null && labels.isObject() && labels.get(code) != null && labels.get(code).isString()
                        ? labels.get(code).stringValue() : code;
                values.put(code, label);
            }
            String label = Json.string(dim, "label", dw);
            dims.add(new ScbTable.Dimension(id, label == null ? id : label, values, ScbTable.role(id, label, null, timeId, metricId, geoId)));
            codesByPosition.add(List.of(codes));
        }
        JsonNode value = root.get("value");
        JsonNode status = root.get("status");
        if (value == null || !(value.isArray() || value.isObject())) {
            throw new ImportFailure("followup.import.error.jsonMissing", file, "value");
        }
        if (value.isArray() && value.size() != cellCount) {
            throw new ImportFailure("followup.import.error.jsonstat.valueCount", file, cellCount, value.size());
        }
        List<ScbTable.Cell> cells = new ArrayList<>();
        for (long n = 0; n < cellCount; n++) {
            String where = file + ": value[" + n + "]";
            JsonNode v = value.isArray() ? value.get((int) n) : value.get(String.valueOf(n));
            BigDecimal d;
            if (v == null || v.isNull()) {
                d = null;
            } else if (v.isNumber()) {
                d = Json.number(v, where);
            } else if (v.isString()) {
                d = Fields.decimal(where, "value", v.stringValue());
            } else {
                throw new ImportFailure("followup.import.error.jsonType", where, "tal");
            }
            String st = statusAt(status, n, where);
            List<String> codes = new ArrayList<>();
            long rest = n;
            long stride = cellCount;
            for (List<String> c : codesByPosition) {
                stride /= c.size();
                codes.add(c.get((int) (rest / stride)));
                rest %= stride;
            }
            cells.add(new ScbTable.Cell(where, codes, d, d == null ? (st == null ? ".." : st) : st));
        }
        String source = Json.string(root, "source", file);
        String label = Json.string(root, "label", file);
        LocalDate published = Fields.date(file, "updated", Json.string(root, "updated", file));
        return ScbTable.rows(file, dims, cells, options, (source == null ? "SCB" : source) + (label == null ? "" : ", " + label), published);
    }

    private static String statusAt(JsonNode status, long n, String where) {
        if (status == null || status.isNull()) {
            return null;
        }
        JsonNode s = status.isArray() ? (n < status.size() ? status.get((int) n) : null)
                : status.isObject() ? status.get(String.valueOf(n)) : status.isString() ? status : null;
        if (s == null || s.isNull()) {
            return null;
        }
        return s.isString() ? Fields.text(where, "status", s.stringValue(), 100) : null;
    }

    private static String roleOf(JsonNode root, String role) {
        JsonNode r = root.get("role");
        if (r == null || !r.isObject()) {
            return null;
        }
        JsonNode list = r.get(role);
        if (list == null || !list.isArray() || list.isEmpty() || !list.get(0).isString()) {
            return null;
        }
        return list.get(0).stringValue();
    }
}
