package se.rodtrad.budget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checker's rules for figures stated in prose against the table the prose describes. The savings list's groups
 * ("Externa anslag/bidrag", "Medlemskap", …) carry the document's own sentences about the measures; a sentence that names
 * a line of the list — its label as one phrase, e.g. "Finsam Lekeberg-Örebro" for "Finsam Lekeberg/Örebro" — and says
 * how it changes is held against that line:
 * <ul>
 * <li>{@code SAVINGS_PERCENT}: "minskas/reduceras med N procent" — the line's reduction over its budget, in percent, must be
 * N as printed (allowing for the rounding of the printed amounts and of N);</li>
 * <li>{@code SAVINGS_UNCHANGED}: "(nominellt) oförändrat belopp" — the line's reduction must be zero.</li>
 * </ul>
 * A sentence that names the line only in part ("överenskommelser med RFSISU och ÖLBF inom Folkhälsa") is not read as about
 * the whole line: no finding rather than a false alarm.
 */
final class ProseRules {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern REDUCED_BY = Pattern.compile("(?:minskas|minskar|reduceras|sänks|dras ned)\\s+med\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UNCHANGED = Pattern.compile("(?:nominellt\\s+)?oförändra[dt]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d])");

    private ProseRules() {
    }

    static void savings(List<BudgetTable> tables, List<Finding> out) {
        for (BudgetTable t : tables) {
            if (t.kind() != TableKind.SAVINGS || t.groups().isEmpty()) {
                continue;
            }
            Optional<BudgetColumn> reductionCol = t.columns().stream().filter(c -> c.role() == ColumnRole.REDUCTION).findFirst();
            Optional<BudgetColumn> budgetCol = t.columns().stream().filter(c -> c.role() != ColumnRole.REDUCTION).findFirst();
            if (reductionCol.isEmpty() || budgetCol.isEmpty()) {
                continue;
            }
            for (SavingsGroup g : t.groups()) {
                for (String sentence : sentences(g.measure())) {
                    for (BudgetRow row : t.rows()) {
                        if (row.heading() || row.isSum() || row.varav() || !names(sentence, row.label())) {
                            continue;
                        }
                        Cell budget = row.cell(budgetCol.get().position());
                        Cell reduction = row.cell(reductionCol.get().position());
                        if (!budget.isNumber() || !reduction.isNumber() || budget.value().signum() == 0) {
                            continue;
                        }
                        percent(t, g, row, sentence, budget, reduction, reductionCol.get(), out);
                        unchanged(t, g, row, sentence, reduction, reductionCol.get(), out);
                    }
                }
            }
        }
    }

    private static void percent(BudgetTable t, SavingsGroup g, BudgetRow row, String sentence, Cell budget, Cell reduction, BudgetColumn col,
            List<Finding> out) {
        Matcher m = REDUCED_BY.matcher(sentence);
        if (!m.find()) {
            return;
        }
        Optional<ProseFigures.Figure> said = ProseFigures.find(sentence).stream().filter(f -> f.start() == m.end() && f.isPercent()).findFirst();
        if (said.isEmpty()) {
            return;
        }
        BigDecimal cut = reduction.value().abs();
        BigDecimal actual = cut.multiply(HUNDRED).divide(budget.value().abs(), MC);
        // how far the rounding of the two printed amounts can move the percentage, and the rounding of the printed percent
        BigDecimal hu = BigDecimal.ONE.movePointLeft(Math.max(budget.decimals(), reduction.decimals())).divide(BigDecimal.valueOf(2));
        BigDecimal spread = HUNDRED.multiply(hu.divide(budget.value().abs(), MC).add(cut.multiply(hu).divide(budget.value().pow(2), MC)));
        BigDecimal diff = said.get().value().subtract(actual).abs();
        if (diff.compareTo(said.get().halfStep().add(spread)) <= 0) {
            return;
        }
        out.add(finding(Severity.WARNING, t, row, col, "budget.check.proseSavingsPercent", excerpt(sentence), where(t, g),
                Amount.of(said.get().value(), said.get().decimals(), "%"), Amount.of(cut, reduction.decimals(), "mnkr"),
                Amount.of(budget.value().abs(), budget.decimals(), "mnkr"), Amount.of(actual, 1, "%"),
                Phrase.of("budget.check.diff", Amount.of(diff, 1, "procentenheter"))));
    }

    private static void unchanged(BudgetTable t, SavingsGroup g, BudgetRow row, String sentence, Cell reduction, BudgetColumn col,
            List<Finding> out) {
        if (!UNCHANGED.matcher(sentence).find() || reduction.value().signum() == 0) {
            return;
        }
        out.add(finding(Severity.WARNING, t, row, col, "budget.check.proseSavingsUnchanged", excerpt(sentence), where(t, g),
                Amount.of(reduction.value().abs(), reduction.decimals(), "mnkr")));
    }

    private static final Pattern SURPLUS = Pattern.compile("(överskott|underskott)\\s+(?:på|om)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OF_FRAME = Pattern.compile("\\s*av\\s+budgetramen\\s+på\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * {@code SURPLUS_OF_FRAME}: the plan's prose says "ett överskott på D miljoner kronor av budgetramen på F miljoner kronor"
     * (the forecast of the year before). The line of the operating budget whose "Budget" of that year is F as printed (one line
     * only, else the sentence is not read) must show D as the difference between its budget and its forecast.
     */
    static void planProse(int year, String document, List<PlanProse.Paragraph> paragraphs, List<BudgetTable> tables, List<Finding> out) {
        for (BudgetTable t : tables) {
            if (t.kind() != TableKind.OPERATING) {
                continue;
            }
            Optional<BudgetColumn> budgetCol = t.column("Budget " + (year - 1));
            Optional<BudgetColumn> forecastCol = t.column("Prognos " + (year - 1));
            if (budgetCol.isEmpty() || forecastCol.isEmpty()) {
                continue;
            }
            for (PlanProse.Paragraph p : paragraphs) {
                for (String sentence : sentences(p.text())) {
                    surplus(year, document, p, sentence, t, budgetCol.get(), forecastCol.get(), out);
                }
            }
        }
    }

    private static void surplus(int year, String document, PlanProse.Paragraph p, String sentence, BudgetTable t, BudgetColumn budgetCol,
            BudgetColumn forecastCol, List<Finding> out) {
        List<ProseFigures.Figure> figures = ProseFigures.find(sentence);
        Matcher m = SURPLUS.matcher(sentence);
        while (m.find()) {
            boolean deficit = m.group(1).equalsIgnoreCase("underskott");
            Optional<ProseFigures.Figure> said = figures.stream().filter(f -> f.start() == m.end() && f.isAmount()).findFirst();
            if (said.isEmpty()) {
                continue;
            }
            Matcher of = OF_FRAME.matcher(sentence);
            if (!of.find(said.get().end()) || of.start() != said.get().end()) {
                continue;
            }
            Optional<ProseFigures.Figure> frame = figures.stream().filter(f -> f.start() == of.end() && f.isAmount()).findFirst();
            if (frame.isEmpty()) {
                continue;
            }
            List<BudgetRow> lines = t.rows().stream().filter(r -> r.cell(budgetCol.position()).isNumber() && r.cell(forecastCol.position()).isNumber())
                    .filter(r -> r.cell(budgetCol.position()).value().abs().subtract(frame.get().value()).abs().compareTo(frame.get().halfStep()) <= 0)
                    .toList();
            if (lines.size() != 1) {
                continue; // no line, or several, is that frame: the sentence is not read rather than guessed at
            }
            BudgetRow row = lines.get(0);
            Cell budget = row.cell(budgetCol.position());
            Cell forecast = row.cell(forecastCol.position());
            BigDecimal actual = budget.value().abs().subtract(forecast.value().abs());
            if (deficit) {
                actual = actual.negate();
            }
            int decimals = Math.max(budget.decimals(), forecast.decimals());
            BigDecimal tolerance = said.get().halfStep().add(BigDecimal.ONE.movePointLeft(decimals));
            BigDecimal diff = said.get().value().subtract(actual).abs();
            if (diff.compareTo(tolerance) <= 0) {
                continue;
            }
            String where = document + ", avsnitt " + (p.section() == null ? p.heading() : p.section() + " " + p.heading()) + ", stycke " + p.number();
            out.add(finding(Severity.WARNING, t, row, budgetCol, "budget.check.proseSurplus", excerpt(sentence), where,
                    Amount.of(said.get().value(), said.get().decimals(), "mnkr"), Amount.of(frame.get().value(), frame.get().decimals(), "mnkr"),
                    budgetCol.label(), Amount.of(budget.value(), budget.decimals(), "mnkr"), forecastCol.label(),
                    Amount.of(forecast.value(), forecast.decimals(), "mnkr"), Amount.of(actual, decimals, "mnkr"),
                    Phrase.of("budget.check.diff", Amount.of(diff, decimals, "mnkr"))));
        }
    }

    /** The document's sentences: split after . ! ? where the next begins with a capital or a digit. */
    static List<String> sentences(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                result.add(s.strip());
            }
        }
        return result;
    }

    /**
     * Whether the sentence names the line: every word of the label, in order and next to each other, begins a word of the
     * sentence ("Finsam Lekeberg/Örebro" in "Bidraget till Finsam Lekeberg-Örebro minskas …"; "Feriearbeten" in "Anslaget
     * för feriearbeten minskas").
     */
    static boolean names(String sentence, String label) {
        List<String> want = words(label);
        List<String> have = words(sentence);
        if (want.isEmpty() || want.size() > have.size()) {
            return false;
        }
        for (int i = 0; i + want.size() <= have.size(); i++) {
            boolean all = true;
            for (int j = 0; j < want.size() && all; j++) {
                all = have.get(i + j).startsWith(want.get(j));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }

    private static String excerpt(String sentence) {
        return sentence.length() <= 300 ? sentence : sentence.substring(0, 299) + "…";
    }

    /** Where the sentence stands: the section of the list and the lines of the group's text in the document. */
    private static String where(BudgetTable t, SavingsGroup g) {
        String section = t.section() == null ? "" : "avsnitt " + t.section() + ", ";
        return section + "”" + g.name() + "”" + (g.sourceLines() == null ? "" : ", rad " + g.sourceLines());
    }

    private static Finding finding(Severity severity, BudgetTable t, BudgetRow row, BudgetColumn column, String key, Object... args) {
        return new Finding(severity, t.id(), t.title(), row == null ? null : t.qualifiedLabel(row), column == null ? null : column.label(), key,
                List.of(args));
    }
}
