package se.rodtrad.followup.measures.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Kolada values as CSV, the way rKolada writes them ({@code get_values()}, flattened: one row per value
 * and sex): {@code kpi, municipality_id, year, gender, value, count, status, municipality}. Column order
 * does not matter; "NA" is a missing value.
 */
public final class KoladaCsvParser {

    private KoladaCsvParser() {
    }

    public static ParsedFile parse(byte[] bytes, String file, ImportOptions options) {
        Text.Decoded decoded = Text.decode(bytes, file);
        CsvTable table = CsvTable.parse(decoded.text(), file);
        int kpi = options.measure() == null ? table.required("kpi", "kpi_id") : table.column("kpi", "kpi_id");
        int unit = table.required("municipality_id", "municipality", "kommun_id");
        int name = table.column("municipality_id") >= 0 ? table.column("municipality", "municipality_title") : -1;
        int period = table.required("year", "period");
        int gender = table.column("gender");
        int value = table.required("value");
        int count = table.column("count");
        int status = table.column("status");
        String[] header = table.header().toArray(String[]::new);
        List<ImportRow> rows = new ArrayList<>();
        for (CsvTable.Record r : table.records()) {
            String where = file + ", rad " + r.line();
            String unitCode = CsvTable.cell(r, unit);
            if (unitCode != null && unitCode.matches("\\d{1,3}")) {
                // R and Excel drop the leading zeros of Kolada ids ("18" for 0018, "180" for 0180)
                unitCode = "0".repeat(4 - unitCode.length()) + unitCode;
            }
            String statusText = Fields.text(where, col(header, status), CsvTable.cell(r, status), 100);
            String valueText = CsvTable.cell(r, value);
            if (statusText == null && Fields.isMissing(valueText)) {
                statusText = valueText == null || valueText.isBlank() ? "saknas" : valueText.strip();
            }
            rows.add(new ImportRow(where,
                    kpi < 0 ? null : Fields.text(where, header[kpi], CsvTable.cell(r, kpi), 40),
                    unitCode,
                    name < 0 ? null : CsvTable.cell(r, name),
                    Fields.period(where, header[period], CsvTable.cell(r, period)),
                    Fields.gender(where, col(header, gender), CsvTable.cell(r, gender)),
                    Fields.decimal(where, header[value], valueText),
                    Fields.count(where, col(header, count), CsvTable.cell(r, count)),
                    statusText, null, null, null));
        }
        List<Note> notes = new ArrayList<>();
        if (decoded.windows1252()) {
            notes.add(Note.of("followup.import.note.windows1252", file));
        }
        return new ParsedFile(rows, null, null, null, isExempeldata(table), notes);
    }

    public static boolean isExempeldata(CsvTable table) {
        return table.comments().stream().anyMatch(c -> c.replace(" ", "").equalsIgnoreCase("exempeldata:true"));
    }

    private static String col(String[] header, int i) {
        return i < 0 ? "" : header[i];
    }
}
