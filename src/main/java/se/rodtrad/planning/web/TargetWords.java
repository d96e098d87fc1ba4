package se.rodtrad.planning.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.Target;
import se.rodtrad.planning.TargetWording;
import se.rodtrad.shared.web.Messages;

/** An indicator's target in words, in the reader's language ("Ska öka med 33 % jämfört med 2016"). Used by the templates. */
@Component("targetWords")
public class TargetWords {

    private final Messages messages;
    private final Organisation organisation;

    TargetWords(Messages messages, Organisation organisation) {
        this.messages = messages;
        this.organisation = organisation;
    }

    public String describe(Target t) {
        TargetWording w = TargetWording.of(t);
        String text = messages.get(w.key(), w.args().stream().map(this::render).toArray());
        // an interval without unit ends in a space where the unit would be
        return w.key().equals("target.words.INTERVAL") ? text.strip() : text;
    }

    public String form(Target t) {
        return messages.get(TargetWording.formKey(t));
    }

    private Object render(Object arg) {
        if (arg instanceof TargetWording.Key k) {
            return messages.get(k.key());
        }
        if (arg instanceof TargetWording.Group g) {
            return organisation.comparisonGroup(g.code()).map(c -> c.name()).orElse(g.code());
        }
        return arg instanceof BigDecimal n ? number(n) : arg;
    }

    /** Swedish decimal comma, no needless zeros: 6.1 → "6,1", 33 → "33". */
    public static String number(BigDecimal n) {
        if (n == null) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
        if ("sv".equals(LocaleContextHolder.getLocale().getLanguage())) {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale());
            s.setGroupingSeparator('\u00a0');
            f.setDecimalFormatSymbols(s);
        }
        return f.format(n);
    }
}
