package se.rodtrad.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.rodtrad.budget.Amount;
import se.rodtrad.budget.Phrase;

/**
 * Renders the grants' sentences — rule checks, budget findings — in the reader's language, or in Swedish for what is kept
 * with a decision: kronor as "35 000 kr", percentages as "50 %", decimals with a comma.
 */
@Component
public class GrantTexts {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MessageSource messages;

    GrantTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Explanation e) {
        return text(e, LocaleContextHolder.getLocale());
    }

    public String swedish(Explanation e) {
        return text(e, SWEDISH);
    }

    public String text(Explanation e, Locale locale) {
        Object[] args = e.args().stream().map(a -> resolve(a, locale)).toArray();
        return messages.getMessage(e.key(), args, e.key(), locale).strip();
    }

    /** A budget checker's finding, in the reader's language. */
    public String finding(String key, List<Object> arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = arguments.stream().map(a -> resolve(a, locale)).toArray();
        return messages.getMessage(key, args, key, locale).strip();
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private Object resolve(Object a, Locale locale) {
        if (a instanceof Explanation e) {
            return text(e, locale);
        }
        if (a instanceof Explanation.Kr kr) {
            return kr(kr.ore());
        }
        if (a instanceof Explanation.Pct p) {
            return number(p.value()) + " %";
        }
        if (a instanceof Explanation.Num n) {
            return number(n.value());
        }
        if (a instanceof Amount amount) {
            return amount.format(locale);
        }
        if (a instanceof Phrase phrase) {
            return phrase.isEmpty() ? "" : finding(phrase.key(), phrase.arguments());
        }
        return a == null ? "" : String.valueOf(a);
    }

    /** "1 675 505 kr"; "137 724,45 kr" when there are öre. */
    public static String kr(long ore) {
        BigDecimal v = BigDecimal.valueOf(ore).movePointLeft(2);
        return number(v.remainder(BigDecimal.ONE).signum() == 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v.setScale(2, RoundingMode.UNNECESSARY)) + " kr";
    }

    /** "1 675 505" for whole kronor (the figure alone, as the decision tables print it). */
    public static String grouped(long ore) {
        return number(BigDecimal.valueOf(ore).movePointLeft(2).setScale(0, RoundingMode.HALF_UP));
    }

    /** A number the Swedish way: space between digit groups, decimal comma, trailing zeros dropped. */
    public static String number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder b = new StringBuilder(v.signum() < 0 ? "−" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(' ');
            }
            b.append(whole.charAt(i));
        }
        return b + (dot < 0 ? "" : "," + plain.substring(dot + 1));
    }
}
