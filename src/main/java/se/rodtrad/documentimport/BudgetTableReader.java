package se.rodtrad.documentimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.rodtrad.budget.PrintedNumber;

/**
 * Finds a plan's budget tables in its text: a column header "Belopp i mnkr Budget 2023 Prognos 2022 Budget 2022"
 * (or "Procent …") under a numbered heading ("4.4 Resultatbudget regional tillväxt"), then rows of a label and its
 * figures. Figures are kept exactly as printed ("-157,1", "1 675 505", "75 00"): digit groups are read the Swedish way
 * and a group that is not three digits long is flagged, never silently repaired. A header printed again after a page
 * break is skipped, a label broken over lines is joined, sub-columns printed under each period ("Omsättning",
 * "Varav budgetram") are read from the lines between the header and the first row.
 */
final class BudgetTableReader {

    private static final Pattern HEADER = Pattern.compile("^(Belopp i (mnkr|tkr|kr|miljoner kronor)|Procent|Mnkr|Tkr|Kr)?\\s*((?:(?:Budget|Prognos|Utfall|Bokslut|Plan)\\s+\\d{4}\\s*){1,6})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD = Pattern.compile("(?:Budget|Prognos|Utfall|Bokslut|Plan)\\s+\\d{4}");
    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{Lu}.{1,100})$");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("^[-−–]?\\d+(?:,\\d+)?%?$");

    private BudgetTableReader() {
    }

    /** A column header: its periods and further columns ("Reducering"), the unit, and the line after it. */
    record Header(List<String> columns, String unit, int next) {
    }

    /**
     * A column header at line {@code i}: "Belopp i mnkr Budget 2023 Prognos 2022", "Verksamheter Budget 2023 Reducering",
     * or "Belopp i miljoner kronor" with "Budget" / "2024" / "Prognos" / "2023" on the lines below it, as a PDF table
     * header comes out of the extraction.
     */
    static Header header(List<SourceLine> lines, int i) {
        String t = lines.get(i).text().strip();
        int next = i + 1;
        if (t.matches("(?i)^\\(?(belopp i .{2,20}|procent|mnkr|tkr)\\)?$")) {
            StringBuilder joined = new StringBuilder(t);
            while (next < lines.size() && next < i + 9 && lines.get(next).text().strip().length() <= 12
                    && lines.get(next).text().strip().matches("(?i)^(budget|prognos|utfall|bokslut|plan|\\d{4})$")) {
                joined.append(' ').append(lines.get(next).text().strip());
                next++;
            }
            t = joined.toString();
        }
        Matcher p = PERIOD.matcher(t);
        List<String> columns = new ArrayList<>();
        int first = -1;
        int end = 0;
        while (p.find()) {
            if (first < 0) {
                first = p.start();
            }
            if (!t.substring(end, p.start()).isBlank() && end > 0) {
                return null;
            }
            columns.add(p.group().replaceAll("\\s+", " "));
            end = p.end();
        }
        if (columns.isEmpty()) {
            return null;
        }
        String lead = t.substring(0, first).strip();
        String tail = t.substring(end).strip();
        if (lead.split("\\s+").length > 5 || lead.endsWith(".") || !tail.matches("^(\\p{Lu}\\p{L}+(\\s+|$)){0,3}$")) {
            return null;
        }
        if (!tail.isEmpty()) {
            columns.addAll(List.of(tail.split("\\s+")));
        }
        String unit = unit(lead);
        if (unit == null && next < lines.size() && lines.get(next).text().strip().matches("(?i)^\\(belopp i .+\\)$")) {
            unit = unit(lines.get(next).text().strip());
            next++;
        }
        return new Header(columns, unit == null ? "mnkr" : unit, next);
    }

    private static String unit(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.contains("procent")) {
            return "%";
        }
        if (l.contains("miljoner kronor") || l.contains("mnkr")) {
            return "mnkr";
        }
        if (l.contains("tkr") || l.contains("tusen kronor")) {
            return "tkr";
        }
        if (l.matches(".*\\b(kr|kronor)\\b.*")) {
            return "kr";
        }
        return null;
    }

    static List<ProposedItem> read(List<SourceLine> lines, int firstIndex) {
        List<ProposedItem> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Header h = header(lines, i);
            if (h == null) {
                continue;
            }
            List<String> periods = h.columns();
            String unit = h.unit();
            String title = null;
            String section = null;
            for (int k = i - 1; k >= Math.max(0, i - 200); k--) {
                Matcher t = HEADING.matcher(lines.get(k).text().strip());
                if (t.matches() && !t.group(2).strip().endsWith(".") && t.group(2).length() < 80) {
                    section = t.group(1);
                    title = t.group(2).strip();
                    break;
                }
            }
            if (title == null) {
                continue;
            }
            Table table = rows(lines, h.next(), periods);
            if (table.rows.isEmpty()) {
                continue;
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("tableKind", kind(title, unit));
            details.put("unit", unit);
            details.put("columns", table.columns);
            details.put("rows", table.rows);
            details.put("notes", table.notes);
            details.put("flagged", table.flagged);
            String reason = "Kolumnrubriken ”" + lines.get(i).text().strip() + "” under rubriken ”" + section + " " + title + "”."
                    + (table.flagged.isEmpty() ? "" : " Tal med ovanlig gruppering flaggas: " + String.join(", ", table.flagged) + ".");
            result.add(new ProposedItem("TABLE", String.valueOf(details.get("tableKind")), section, title, null, null, null, null, null, -1,
                    lines.get(i).page(), lines.get(i).number(), lines.get(table.lastLine).number(), table.flagged.isEmpty() ? 80 : 60, reason,
                    null, List.of(), null, details));
            i = table.lastLine;
        }
        return result;
    }

    private static final class Table {
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        int lastLine;
    }

    private static Table rows(List<SourceLine> lines, int from, List<String> periods) {
        Table table = new Table();
        int width = periods.size();
        List<String> subheader = new ArrayList<>();
        String pending = null;
        boolean started = false;
        int i = from;
        for (; i < lines.size() && i < from + 120; i++) {
            String t = lines.get(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (HEADER.matcher(t).matches() || header(lines, i) != null && table.rows.size() > 0) {
                continue;
            }
            if (HEADING.matcher(t).matches() && !trailingNumbers(t).isEmpty() == false) {
                break;
            }
            if (t.startsWith("*")) {
                table.notes.add(t);
                continue;
            }
            if (!table.notes.isEmpty() && Character.isLowerCase(t.charAt(0)) && trailingNumbers(t).isEmpty()) {
                int n = table.notes.size() - 1;
                table.notes.set(n, join(table.notes.get(n), t));
                continue;
            }
            List<String> numbers = trailingNumbers(t);
            if (numbers.isEmpty()) {
                if (!started) {
                    subheader.add(t);
                    continue;
                }
                if (t.length() > 70 || t.endsWith(".")) {
                    break;
                }
                if (pending != null && (Character.isLowerCase(t.charAt(0)) || pending.endsWith("-"))) {
                    pending = join(pending, t);
                } else {
                    if (pending != null) {
                        table.rows.add(row(pending, List.of(), width, true));
                    }
                    pending = t;
                }
                continue;
            }
            String label = labelOf(t, numbers);
            if (!started && label.isEmpty()) {
                // the first row's label printed over lines before its figures: the last lines above them
                List<String> parts = new ArrayList<>();
                while (!subheader.isEmpty()) {
                    String last = subheader.remove(subheader.size() - 1);
                    parts.add(0, last);
                    if (!Character.isLowerCase(last.charAt(0))) {
                        break;
                    }
                }
                pending = parts.isEmpty() ? null : String.join(" ", joinHyphens(parts));
            }
            if (!started && !label.isEmpty() && Character.isLowerCase(label.charAt(0)) && !subheader.isEmpty()) {
                // "Område utbildning och arbetsmarknad (exkl" / "folkhögskolor) 22,2 14,5 …": the label began above
                label = join(subheader.remove(subheader.size() - 1), label);
            }
            if (label.isEmpty() && pending != null) {
                label = pending;
                pending = null;
            } else if (pending != null) {
                table.rows.add(row(pending, List.of(), width, true));
                pending = null;
            }
            if (!started) {
                started = true;
                if (numbers.size() > width && width > 0 && numbers.size() % width == 0) {
                    int per = numbers.size() / width;
                    List<String> subs = sublabels(String.join(" ", joinHyphens(subheader)), per);
                    for (String period : periods) {
                        for (String s : subs) {
                            table.columns.add(period + " " + s);
                        }
                    }
                    width = numbers.size();
                } else {
                    table.columns.addAll(periods);
                    // no sub-columns: what stood above the first row are rows without figures ("Verksamhetens intäkter")
                    int at = table.rows.size();
                    for (String caption : joinHyphens(subheader)) {
                        table.rows.add(at++, row(caption, List.of(), width, true));
                    }
                }
            }
            if (numbers.size() < width) {
                numbers = withBlanks(t, width);
            }
            List<String> values = group(numbers, width);
            for (String v : values) {
                PrintedNumber.parse(v).filter(PrintedNumber::irregularGrouping).ifPresent(n -> table.flagged.add(v));
            }
            table.rows.add(row(label.isEmpty() ? "(utan rubrik)" : label, values, width, false));
            table.lastLine = i;
        }
        if (pending != null && started) {
            table.rows.add(row(pending, List.of(), width, true));
        }
        if (table.lastLine == 0) {
            table.lastLine = Math.min(i, lines.size() - 1);
        }
        return table;
    }

    private static Map<String, Object> row(String label, List<String> values, int width, boolean caption) {
        List<String> padded = new ArrayList<>(values);
        while (padded.size() < width) {
            padded.add("");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        String l = label.strip();
        r.put("label", l);
        r.put("values", padded);
        r.put("heading", caption && values.isEmpty() && l.matches("(?i)^(verksamhetens (intäkter|kostnader)|intäkter|kostnader)$"));
        r.put("total", l.matches("(?i)^(summa|resultat|totalt|verksamhetens nettokostnader).*"));
        return r;
    }

    /** The figures at the end of a line, as tokens from the right ("-160,7", "34", "200"). */
    static List<String> trailingNumbers(String t) {
        String[] tokens = t.split("\\s+");
        int k = tokens.length;
        while (k > 0 && NUMBER_TOKEN.matcher(tokens[k - 1]).matches()) {
            k--;
        }
        List<String> result = new ArrayList<>();
        for (int j = k; j < tokens.length; j++) {
            result.add(tokens[j]);
        }
        if (k > 0 && tokens[k - 1].matches("^\\D*\\d{4}$") && result.size() == 1) {
            return List.of();
        }
        return result;
    }

    /**
     * The figures at the end of a line where a cell is blank: two spaces between figures stand for the blank cell
     * ("Övrig utrustning 3,8  12,6" → 3,8, blank, 12,6), read from the raw spacing as printed.
     */
    static List<String> withBlanks(String t, int width) {
        String[] tokens = t.split(" ", -1);
        List<String> result = new ArrayList<>();
        int k = tokens.length;
        while (k > 0 && (NUMBER_TOKEN.matcher(tokens[k - 1]).matches() || tokens[k - 1].isEmpty() && k > 1
                && NUMBER_TOKEN.matcher(tokens[k - 2]).matches() && !result.isEmpty())) {
            k--;
            result.add(0, tokens[k]);
        }
        List<String> grouped = group(result.stream().filter(x -> !x.isEmpty()).toList(), width);
        if (result.contains("") && grouped.size() < width) {
            List<String> cells = new ArrayList<>();
            for (String x : result) {
                cells.add(x);
            }
            return cells.size() <= width ? cells : grouped;
        }
        return grouped;
    }

    private static String labelOf(String t, List<String> numbers) {
        String[] tokens = t.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(tokens, tokens.length - numbers.size())).strip();
    }

    /**
     * Digit groups of one figure printed with spaces ("1 675 505") joined until the row has as many figures as the
     * table has columns: a group of three digits without sign or comma continues the figure before it; failing that, a
     * group of two ("75 00" — flagged by {@link PrintedNumber}).
     */
    static List<String> group(List<String> tokens, int width) {
        List<String> figures = new ArrayList<>(tokens);
        for (int size : new int[] {3, 2}) {
            for (int j = figures.size() - 1; j > 0 && figures.size() > width; j--) {
                String cur = figures.get(j);
                String prev = figures.get(j - 1);
                if (cur.matches("\\d{" + size + "}(,\\d+)?%?") && prev.matches("[-−–]?\\d{1,3}( \\d{2,3})*")) {
                    figures.set(j - 1, prev + " " + cur);
                    figures.remove(j);
                }
            }
        }
        return figures;
    }

    private static List<String> joinHyphens(List<String> parts) {
        List<String> result = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String p : parts) {
            if (cur.length() > 0 && cur.charAt(cur.length() - 1) == '-') {
                cur.setLength(cur.length() - 1);
                cur.append(p);
            } else {
                if (cur.length() > 0) {
                    result.add(cur.toString());
                }
                cur = new StringBuilder(p);
            }
        }
        if (cur.length() > 0) {
            result.add(cur.toString());
        }
        return result;
    }

    /** "Omsättning Varav budgetram Omsättning Varav budgetram" → the first {@code per} labels, each starting with a capital. */
    private static List<String> sublabels(String text, int per) {
        List<String> labels = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (labels.isEmpty() || Character.isUpperCase(w.charAt(0))) {
                labels.add(w);
            } else if (w.length() <= 4 && !java.util.Set.of("och", "av", "i", "för", "med", "per").contains(w)) {
                // "Omsättn" / "ing": a word the header broke without a hyphen
                labels.set(labels.size() - 1, labels.get(labels.size() - 1) + w);
            } else {
                labels.set(labels.size() - 1, labels.get(labels.size() - 1) + " " + w);
            }
        }
        List<String> result = new ArrayList<>();
        for (int k = 0; k < per; k++) {
            result.add(k < labels.size() ? labels.get(k) : "Kolumn " + (k + 1));
        }
        return result;
    }

    private static String join(String a, String b) {
        return a.endsWith("-") ? a.substring(0, a.length() - 1) + b : a + " " + b;
    }

    static String kind(String title, String unit) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("resultatbudget") || t.contains("resultaträkning")) {
            return "INCOME_STATEMENT";
        }
        if (t.contains("driftbudget")) {
            return "OPERATING";
        }
        if (t.contains("investering")) {
            return "CAPITAL";
        }
        if (t.contains("nyckeltal") || "%".equals(unit)) {
            return "KEY_RATIOS";
        }
        if (t.contains("besparing") || t.contains("åtgärd")) {
            return "SAVINGS";
        }
        return "OTHER";
    }
}
