package se.rodtrad.followup.measures.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What PxWeb v1 and PxWebApi 2 (json-stat2) tables have in common once read: dimensions with coded values
 * and one cell per combination. Maps the region dimension to units (SCB "18" → Kolada 0018), the sex
 * dimension ("1" män, "2" kvinnor, "1+2" totalt) to T/K/M, time codes to periods and the contents to our
 * measure; every other dimension must have one value, or the person importing chooses one.
 */
final class ScbTable {

    /** A dimension: its code, label and the codes (with labels) that occur. */
    record Dimension(String code, String label, Map<String, String> values, Role role) {
    }

    enum Role { TIME, CONTENTS, REGION, SEX, OTHER }

    /** One cell: a code per dimension (in dimension order), its value (null = missing) and status. */
    record Cell(String where, List<String> codes, BigDecimal value, String status) {
    }

    private ScbTable() {
    }

    static Role role(String code, String label, String type, String timeId, String metricId, String geoId) {
        String c = code.toLowerCase(Locale.ROOT);
        if ("t".equals(type) || code.equals(timeId) || c.equals("tid")) {
            return Role.TIME;
        }
        if ("c".equals(type) || code.equals(metricId) || c.equals("contentscode")) {
            return Role.CONTENTS;
        }
        if (code.equals(geoId) || c.startsWith("region") || c.equals("lan") || c.equals("kommun")) {
            return Role.REGION;
        }
        if (c.equals("kon") || (label != null && label.toLowerCase(Locale.ROOT).equals("kön"))) {
            return Role.SEX;
        }
        return Role.OTHER;
    }

    static String sex(String code, String label, String where) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        if (c.equals("1") || l.equals("män")) {
            return "M";
        }
        if (c.equals("2") || l.equals("kvinnor")) {
            return "K";
        }
        if (c.equals("1+2") || c.equals("tot") || l.startsWith("totalt") || l.equals("män och kvinnor")) {
            return "T";
        }
        throw new ImportFailure("followup.import.error.gender", where, "Kon", Text.excerpt(code));
    }

    static ParsedFile rows(String file, List<Dimension> dims, List<Cell> cells, ImportOptions options, String source,
            LocalDate published) {
        List<Note> notes = new ArrayList<>();
        int time = -1;
        int region = -1;
        int sex = -1;
        int contents = -1;
        Map<Integer, String> chosen = new LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            switch (d.role()) {
                case TIME -> time = i;
                case REGION -> region = i;
                case SEX -> sex = i;
                case CONTENTS -> contents = i;
                case OTHER -> {
                    String selection = selection(options, d);
                    if (selection == null) {
                        if (d.values().size() > 1) {
                            throw new ImportFailure("followup.import.error.scb.choose", file, d.code(), d.label(),
                                    String.join(", ", d.values().keySet()));
                        }
                        String only = d.values().keySet().iterator().next();
                        chosen.put(i, only);
                        notes.add(Note.of("followup.import.note.fixed", d.label(), d.values().get(only)));
                    } else {
                        chosen.put(i, selection);
                        notes.add(Note.of("followup.import.note.chosen", d.label(), d.values().get(selection)));
                    }
                }
            }
        }
        if (time < 0) {
            throw new ImportFailure("followup.import.error.scb.noTime", file);
        }
        if (region < 0 && options.unit() == null) {
            throw new ImportFailure("followup.import.error.scb.noUnit", file);
        }
        if (region < 0) {
            notes.add(Note.of("followup.import.note.unitFromForm", options.unit()));
        }
        Set<String> contentCodes = contents < 0 ? Set.of() : dims.get(contents).values().keySet();
        if (options.measure() != null && contentCodes.size() > 1) {
            throw new ImportFailure("followup.import.error.scb.manyContents", file, String.join(", ", contentCodes));
        }
        if (options.measure() == null && contents < 0) {
            throw new ImportFailure("followup.import.error.scb.noMeasure", file);
        }
        List<ImportRow> rows = new ArrayList<>();
        for (Cell cell : cells) {
            boolean skip = false;
            for (var e : chosen.entrySet()) {
                if (!cell.codes().get(e.getKey()).equals(e.getValue())) {
                    skip = true;
                    break;
                }
            }
            if (skip) {
                continue;
            }
            String measure = options.measure() != null ? options.measure() : cell.codes().get(contents);
            String unit = region < 0 ? options.unit() : cell.codes().get(region);
            String unitName = region < 0 ? null : null;
            String gender = sex < 0 ? "T" : sex(cell.codes().get(sex), dims.get(sex).values().get(cell.codes().get(sex)), cell.where());
            String period = Fields.period(cell.where(), dims.get(time).code(), cell.codes().get(time));
            String status = cell.status();
            if (cell.value() == null && status == null) {
                status = "..";
            }
            rows.add(new ImportRow(cell.where(), measure, unit, unitName, period, gender, cell.value(), null, status, null, null, null));
        }
        return new ParsedFile(rows, source, published, null, false, notes);
    }

    private static String selection(ImportOptions options, Dimension d) {
        String wanted = null;
        for (var e : options.selections().entrySet()) {
            if (e.getKey().equalsIgnoreCase(d.code()) || e.getKey().equalsIgnoreCase(d.label())) {
                wanted = e.getValue();
            }
        }
        if (wanted == null) {
            return null;
        }
        for (var v : d.values().entrySet()) {
            if (v.getKey().equalsIgnoreCase(wanted.strip()) || (v.getValue() != null && v.getValue().equalsIgnoreCase(wanted.strip()))) {
                return v.getKey();
            }
        }
        throw new ImportFailure("followup.import.error.scb.badChoice", d.code(), Text.excerpt(wanted), String.join(", ", d.values().keySet()));
    }

    static Map<String, String> ordered(Set<String> codes) {
        Map<String, String> m = new LinkedHashMap<>();
        new LinkedHashSet<>(codes).forEach(c -> m.put(c, c));
        return m;
    }
}
