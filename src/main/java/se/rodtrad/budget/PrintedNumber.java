package se.rodtrad.budget;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as a Swedish document prints it — "-2 152,5", "57 %", "4,6 Mnkr", "16 503 kr/åa", "75 00" — read
 * into an exact decimal with its printed number of decimals (the precision the checker tolerates) and the
 * unit printed after it, if any. Digit groups that are not three long ("75 00") are read digit by digit and
 * flagged, because such a figure is almost always a slip.
 *
 * @param unit null when the figure carries no unit of its own; otherwise one of mnkr, tkr, kr, %, kr/åa, h/åa, åa
 */
public record PrintedNumber(BigDecimal value, int decimals, String unit, boolean irregularGrouping) {

    private static final String SPACE = "[ \\u00a0\\u202f\\u2009]";
    private static final Pattern NUMBER = Pattern.compile(
            "^([-−–+]?)" + SPACE + "*(\\d+(?:" + SPACE + "\\d+)*)(?:,(\\d+))?" + SPACE + "*(%|procent|mnkr|miljoner kronor|miljon kronor|"
                    + "tkr|kr/åa|kronor|kr|timmar/åa|tim/åa|h/åa|åa|tjänster)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Reads a printed figure; empty when the text is not a single figure ("två miljoner kronor", "ca 2 % per år"). */
    public static Optional<PrintedNumber> parse(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(printed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] groups = m.group(2).split(SPACE);
        boolean irregular = false;
        for (int i = 1; i < groups.length; i++) {
            irregular |= groups[i].length() != 3;
        }
        irregular |= groups.length > 1 && groups[0].length() > 3;
        String fraction = m.group(3);
        String digits = String.join("", groups) + (fraction == null ? "" : "." + fraction);
        BigDecimal value = new BigDecimal(digits);
        if (!m.group(1).isEmpty() && !m.group(1).equals("+")) {
            value = value.negate();
        }
        return Optional.of(new PrintedNumber(value, fraction == null ? 0 : fraction.length(), unit(m.group(4)), irregular));
    }

    /**
     * Reads what a person typed into a cell: a Swedish figure ("1 234,5", "-0,1"), or with a decimal point
     * ("1234.5") when there is no comma.
     */
    public static Optional<PrintedNumber> parseInput(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String s = input.strip();
        if (s.indexOf(',') < 0 && s.matches("[-−–+]?\\d+\\.\\d+")) {
            s = s.replace('.', ',');
        }
        return parse(s).filter(p -> p.unit() == null || p.unit().equals("%") || p.unit().endsWith("kr"));
    }

    private static String unit(String printed) {
        if (printed == null) {
            return null;
        }
        return switch (printed.toLowerCase(Locale.ROOT)) {
            case "%", "procent" -> "%";
            case "mnkr", "miljoner kronor", "miljon kronor" -> "mnkr";
            case "tkr" -> "tkr";
            case "kr", "kronor" -> "kr";
            case "kr/åa" -> "kr/åa";
            case "timmar/åa", "tim/åa", "h/åa" -> "h/åa";
            default -> printed.toLowerCase(Locale.ROOT);
        };
    }

    /** The figure the way the documents print it: space between digit groups, decimal comma, hyphen as minus. */
    public static String print(BigDecimal value, int decimals) {
        BigDecimal v = value.setScale(decimals, java.math.RoundingMode.HALF_UP);
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return (v.signum() < 0 ? "-" : "") + grouped + fraction;
    }
}
