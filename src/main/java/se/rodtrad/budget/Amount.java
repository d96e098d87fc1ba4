package se.rodtrad.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount in a finding's sentence: the value, how many decimals to show, and its unit ("321,99 mnkr").
 * Formatted in the reader's language: Swedish with decimal comma, a no-break space between digit groups and
 * before the unit, and a real minus sign.
 */
public record Amount(BigDecimal value, int decimals, String unit) {

    public static Amount of(BigDecimal value, int decimals, String unit) {
        return new Amount(value, decimals, unit);
    }

    public String format(Locale locale) {
        BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP);
        String text;
        if (locale != null && locale.getLanguage().equals("en")) {
            String plain = v.abs().toPlainString();
            int dot = plain.indexOf('.');
            String whole = dot < 0 ? plain : plain.substring(0, dot);
            text = group(whole, ',') + (dot < 0 ? "" : plain.substring(dot));
            text = (v.signum() < 0 ? "-" : "") + text;
        } else {
            text = PrintedNumber.print(v, decimals).replace(' ', '\u00a0').replace("-", "\u2212");
        }
        if (unit == null || unit.isBlank()) {
            return text;
        }
        return unit.equals("%") ? text + "\u00a0%" : text + "\u00a0" + unit;
    }

    private static String group(String digits, char separator) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(separator);
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return format(Locale.forLanguageTag("sv-SE"));
    }
}
