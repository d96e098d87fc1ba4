package se.rodtrad.followup.measures.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Our own template for indicator values, as CSV (comma, semicolon or tab) or XLSX (first sheet):
 * <pre>matt;enhet;period;kon;varde;antal;status;kalla;publicerad;preliminar</pre>
 * {@code matt} may be left out when the import names the measure; {@code kon} defaults to T. Other
 * files with their own column names are read by naming the columns ("varde" = "brp_per_inv_tkr"). A
 * leading comment line {@code # exempeldata: true} marks generated values.
 */
public final class TemplateParser {

    /** Our column → the names it may have in a file. */
    static final Map<String, String[]> COLUMNS = Map.of(
            "matt", new String[] {"matt", "mått", "measure", "kpi"},
            "enhet", new String[] {"enhet", "unit", "kolada_id", "municipality_id", "region", "lan_kod", "kommun"},
            "period", new String[] {"period", "ar", "år", "year"},
            "kon", new String[] {"kon", "kön", "gender"},
            "varde", new String[] {"varde", "värde", "value"},
            "antal", new String[] {"antal", "count"},
            "status", new String[] {"status"},
            "kalla", new String[] {"kalla", "källa", "source"},
            "publicerad", new String[] {"publicerad", "published", "publiceringsdatum"},
            "preliminar", new String[] {"preliminar", "preliminär", "preliminary"});

    private TemplateParser() {
    }

    public static ParsedFile parseCsv(byte[] bytes, String file, ImportOptions options) {
        Text.Decoded decoded = Text.decode(bytes, file);
        ParsedFile parsed = parse(CsvTable.parse(decoded.text(), file), options);
        if (decoded.windows1252()) {
            List<Note> notes = new ArrayList<>(parsed.notes());
            notes.add(Note.of("followup.import.note.windows1252", file));
            return new ParsedFile(parsed.rows(), parsed.source(), parsed.published(), null, parsed.exempeldata(), notes);
        }
        return parsed;
    }

    public static ParsedFile parseXlsx(byte[] bytes, String file, ImportOptions options) {
        return parse(Xlsx.read(bytes, file), options);
    }

    static ParsedFile parse(CsvTable table, ImportOptions options) {
        String file = table.file();
        int measure = column(table, options, "matt", options.measure() == null);
        int unit = column(table, options, "enhet", options.unit() == null);
        int period = column(table, options, "period", true);
        int gender = column(table, options, "kon", false);
        int value = column(table, options, "varde", true);
        int count = column(table, options, "antal", false);
        int status = column(table, options, "status", false);
        int source = column(table, options, "kalla", false);
        int published = column(table, options, "publicerad", false);
        int preliminary = column(table, options, "preliminar", false);
        List<String> h = table.header();
        List<ImportRow> rows = new ArrayList<>();
        for (CsvTable.Record r : table.records()) {
            String where = file + ", rad " + r.line();
            String valueText = CsvTable.cell(r, value);
            String statusText = Fields.text(where, name(h, status), CsvTable.cell(r, status), 100);
            if (statusText == null && Fields.isMissing(valueText)) {
                statusText = valueText == null || valueText.isBlank() ? "saknas" : valueText.strip();
            }
            rows.add(new ImportRow(where,
                    measure < 0 ? null : Fields.text(where, name(h, measure), CsvTable.cell(r, measure), 40),
                    unit < 0 ? options.unit() : Fields.text(where, name(h, unit), CsvTable.cell(r, unit), 40),
                    null,
                    Fields.period(where, name(h, period), CsvTable.cell(r, period)),
                    Fields.gender(where, name(h, gender), CsvTable.cell(r, gender)),
                    Fields.decimal(where, name(h, value), valueText),
                    Fields.count(where, name(h, count), CsvTable.cell(r, count)),
                    statusText,
                    Fields.text(where, name(h, source), CsvTable.cell(r, source), 500),
                    Fields.date(where, name(h, published), CsvTable.cell(r, published)),
                    Fields.bool(where, name(h, preliminary), CsvTable.cell(r, preliminary))));
        }
        return new ParsedFile(rows, null, null, null, KoladaCsvParser.isExempeldata(table), List.of());
    }

    private static int column(CsvTable table, ImportOptions options, String ours, boolean required) {
        String theirs = options.columns().get(ours);
        if (theirs != null && !theirs.isBlank()) {
            int i = table.column(theirs);
            if (i < 0) {
                throw new ImportFailure("followup.import.error.missingColumn", table.file() + ", rubrikraden", theirs,
                        String.join(", ", table.header()));
            }
            return i;
        }
        return required ? table.required(COLUMNS.get(ours)) : table.column(COLUMNS.get(ours));
    }

    private static String name(List<String> header, int i) {
        return i < 0 ? "" : header.get(i);
    }
}
