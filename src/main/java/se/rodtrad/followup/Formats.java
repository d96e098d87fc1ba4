package se.rodtrad.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers the Swedish way ("1 675 505 kr", "157,1 mnkr", "3,1 %"), or the English way when the page is in
 * English. Exposed to templates as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    /** A statistic as shown in tables: at most two decimals, no trailing zeros. */
    public String value(BigDecimal v) {
        if (v == null) {
            return "–";
        }
        return number(v, 0, 2);
    }

    /** The exact stored value, every decimal. */
    public String exact(BigDecimal v) {
        if (v == null) {
            return "–";
        }
        return number(v, 0, Math.max(0, v.scale()));
    }

    /** A value with a fixed number of decimals ("8,1"). */
    public String fixed(BigDecimal v, int decimals) {
        if (v == null) {
            return "–";
        }
        return number(v, decimals, decimals);
    }

    /** Kronor from öre: "1 675 505 kr". */
    public String kr(long ore) {
        return number(BigDecimal.valueOf(ore).movePointLeft(2), 0, 0) + " kr";
    }

    /** Million kronor with one decimal from öre: "157,1 mnkr". */
    public String mnkr(long ore) {
        return number(BigDecimal.valueOf(ore).movePointLeft(8), 1, 1) + " mnkr";
    }

    /** A deviation in mnkr with its sign: "+2,4 mnkr", "−0,8 mnkr". */
    public String signedMnkr(long ore) {
        String n = number(BigDecimal.valueOf(ore).movePointLeft(8), 1, 1);
        return (ore > 0 && !n.matches("0[,.]0") ? "+" : "") + n + " mnkr";
    }

    /** A deviation in mnkr with its sign, without the unit (for cells under a "mnkr" caption): "+2,4". */
    public String signedMnkrNumber(long ore) {
        String n = number(BigDecimal.valueOf(ore).movePointLeft(8), 1, 1);
        return (ore > 0 && !n.matches("0[,.]0") ? "+" : "") + n;
    }

    /** Million kronor with one decimal, without the unit (for table cells under a "mnkr" heading). */
    public String mnkrNumber(long ore) {
        return number(BigDecimal.valueOf(ore).movePointLeft(8), 1, 1);
    }

    /** Thousand kronor without decimals from öre: "1 676 tkr". */
    public String tkr(long ore) {
        return number(BigDecimal.valueOf(ore).movePointLeft(5), 0, 0) + " tkr";
    }

    public String percent(BigDecimal p) {
        return p == null ? "–" : number(p, 1, 1) + " %";
    }

    public static String number(BigDecimal v, int minDecimals, int maxDecimals) {
        return number(v, minDecimals, maxDecimals, LocaleContextHolder.getLocale());
    }

    public static String number(BigDecimal v, int minDecimals, int maxDecimals, Locale locale) {
        boolean swedish = locale == null || "sv".equals(locale.getLanguage());
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(swedish ? ' ' : ',');
        symbols.setDecimalSeparator(swedish ? ',' : '.');
        symbols.setMinusSign(swedish ? '\u2212' : '-');
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }
}
