package se.rodtrad.followup.economy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.rodtrad.followup.Formats;
import se.rodtrad.followup.measures.imports.CsvTable;
import se.rodtrad.followup.measures.imports.Fields;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.KoladaCsvParser;
import se.rodtrad.followup.measures.imports.Note;
import se.rodtrad.followup.measures.imports.Text;
import se.rodtrad.followup.measures.imports.Xlsx;
import se.rodtrad.shared.web.WebConfiguration;

/**
 * Our template for the monthly economy, as CSV or XLSX (first sheet):
 * <pre>typ;ar;manad;omrade;post;belopp_kr;kalla</pre>
 * {@code typ} is budget (month empty = the whole year), utfall (the month's booked outcome) or prognos
 * (the forecast for the whole year made at the end of the month); {@code omrade} the area's code
 * (FRU-NU); {@code post} the budget line (INTAKTER, KOSTNADER); {@code belopp_kr} in kronor with at most
 * two decimals ("1 234 567,50"). A leading {@code # exempeldata: true} marks generated figures.
 *
 * <p>An outcome row with {@code summa} as its month states the year's total of the file's monthly outcomes for that
 * area and line, as the ledger's own report sums them; it is a check, not a figure of its own: a file whose months do
 * not add up to the total it states is refused whole, naming the total's row and both sums, and nothing is written.
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
        List<EconomyRow> totals = new ArrayList<>();
        for (CsvTable.Record r : t.records()) {
            String where = t.file() + ", rad " + r.line();
            String k = CsvTable.cell(r, kind);
            String normalised = k == null ? "" : k.strip().toLowerCase(Locale.ROOT);
            if (!List.of("budget", "utfall", "prognos").contains(normalised)) {
                throw new ImportFailure("followup.economy.error.kind", where, h.get(kind), Text.excerpt(k));
            }
            int y = whole(where, h.get(year), CsvTable.cell(r, year), 1900, 2200);
            String m = CsvTable.cell(r, month);
            boolean total = normalised.equals("utfall") && m != null && m.strip().equalsIgnoreCase(TOTAL);
            Integer mm = m == null || m.isBlank() || total ? null : whole(where, h.get(month), m, 1, 12);
            if (mm == null && !normalised.equals("budget") && !total) {
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
            (total ? totals : rows).add(new EconomyRow(where, normalised, y, mm, a, l, ore(where, h.get(amount), CsvTable.cell(r, amount)),
                    source < 0 ? null : Fields.text(where, h.get(source), CsvTable.cell(r, source), 500)));
        }
        checkTotals(rows, totals);
        return new Parsed(rows, KoladaCsvParser.isExempeldata(t), List.of());
    }

    /** The month that marks an outcome row as the year's total of the file's months. */
    static final String TOTAL = "summa";

    /** Every stated year total must be the sum of the file's monthly outcomes for its area, line and year — to the öre. */
    private static void checkTotals(List<EconomyRow> rows, List<EconomyRow> totals) {
        for (EconomyRow total : totals) {
            long months = 0;
            for (EconomyRow r : rows) {
                if (r.kind().equals("utfall") && r.year() == total.year() && r.area().equalsIgnoreCase(total.area())
                        && r.line().equalsIgnoreCase(total.line())) {
                    months += r.amountOre();
                }
            }
            if (months != total.amountOre()) {
                throw new ImportFailure("followup.economy.error.monthsDoNotAddUp", total.where(), total.area(), total.line(), String.valueOf(total.year()),
                        kronor(total.amountOre()), kronor(months));
            }
        }
    }

    private static String kronor(long ore) {
        int decimals = ore % 100 == 0 ? 0 : 2;
        return Formats.number(BigDecimal.valueOf(ore).movePointLeft(2), decimals, decimals, WebConfiguration.SWEDISH);
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
