package se.rodtrad.followup.economy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.rodtrad.followup.measures.imports.CsvTable;
import se.rodtrad.followup.measures.imports.Fields;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.KoladaCsvParser;
import se.rodtrad.followup.measures.imports.Note;
import se.rodtrad.followup.measures.imports.Text;
import se.rodtrad.followup.measures.imports.Xlsx;

/**
 * Our template for the monthly economy, as CSV or XLSX (first sheet):
 * <pre>typ;ar;manad;omrade;post;belopp_kr;kalla</pre>
 * {@code typ} is budget (month empty = the whole year), utfall (the month's booked outcome) or prognos
 * (the forecast for the whole year made at the end of the month); {@code omrade} the area's code
 * (FRU-NU); {@code post} the budget line (INTAKTER, KOSTNADER); {@code belopp_kr} in kronor with at most
 * two decimals ("1 234 567,50"). A leading {@code # exempeldata: true} marks generated figures.
 */
public final class EconomyParser {

    /** What a file holds: its rows and whether it says they are example data. */
    public record Parsed(List<EconomyRow> rows, boolean exempeldata, List<Note> notes) {
    }

    private EconomyParser() {
    }

    public static Parsed parseCsv(byte[] bytes, String file) {
        Text.Decoded decoded = Text.decode(bytes, file);
        Parsed p = parse(CsvTable.parse(decoded.text(), file));
        if (decoded.windows1252()) {
            List<Note> notes = new ArrayList<>(p.notes());
            notes.add(Note.of("followup.import.note.windows1252", file));
            return new Parsed(p.rows(), p.exempeldata(), notes);
        }
        return p;
    }

    public static Parsed parseXlsx(byte[] bytes, String file) {
        return parse(Xlsx.read(bytes, file));
    }

    static Parsed parse(CsvTable t) {
        int kind = t.required("typ", "type");
        int year = t.required("ar", "år", "year");
        int month = t.required("manad", "månad", "month");
        int area = t.required("omrade", "område", "area", "enhet");
        int line = t.required("post", "budgetpost", "line", "konto");
        int amount = t.required("belopp_kr", "belopp", "amount");
        int source = t.column("kalla", "källa", "source");
        List<String> h = t.header();
        List<EconomyRow> rows = new ArrayList<>();
        for (CsvTable.Record r : t.records()) {
            String where = t.file() + ", rad " + r.line();
            String k = CsvTable.cell(r, kind);
            String normalised = k == null ? "" : k.strip().toLowerCase(Locale.ROOT);
            if (!List.of("budget", "utfall", "prognos").contains(normalised)) {
                throw new ImportFailure("followup.economy.error.kind", where, h.get(kind), Text.excerpt(k));
            }
            int y = whole(where, h.get(year), CsvTable.cell(r, year), 1900, 2200);
            String m = CsvTable.cell(r, month);
            Integer mm = m == null || m.isBlank() ? null : whole(where, h.get(month), m, 1, 12);
            if (mm == null && !normalised.equals("budget")) {
                throw new ImportFailure("followup.economy.error.monthRequired", where, h.get(month), normalised);
            }
            String a = Fields.text(where, h.get(area), CsvTable.cell(r, area), 40);
            String l = Fields.text(where, h.get(line), CsvTable.cell(r, line), 100);
            if (a == null) {
                throw new ImportFailure("followup.import.error.jsonMissing", where, h.get(area));
            }
            if (l == null) {
                throw new ImportFailure("followup.import.error.jsonMissing", where, h.get(line));
            }
            rows.add(new EconomyRow(where, normalised, y, mm, a, l, ore(where, h.get(amount), CsvTable.cell(r, amount)),
                    source < 0 ? null : Fields.text(where, h.get(source), CsvTable.cell(r, source), 500)));
        }
        return new Parsed(rows, KoladaCsvParser.isExempeldata(t), List.of());
    }

    private static int whole(String where, String field, String text, int min, int max) {
        BigDecimal d = Fields.decimal(where, field, text);
        if (d == null || d.scale() > 0 || d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ImportFailure("followup.economy.error.range", where, field, Text.excerpt(text), min, max);
        }
        return d.intValueExact();
    }

    /** Kronor as written → öre, exactly; more than two decimals or beyond a trillion kronor is refused. */
    static long ore(String where, String field, String text) {
        BigDecimal kr = Fields.decimal(where, field, text);
        if (kr == null) {
            throw new ImportFailure("followup.import.error.number", where, field, Text.excerpt(text == null ? "" : text));
        }
        if (kr.scale() > 2 || kr.abs().compareTo(new BigDecimal("1000000000000")) > 0) {
            throw new ImportFailure("followup.economy.error.amount", where, field, Text.excerpt(text));
        }
        return kr.movePointRight(2).longValueExact();
    }
}
