package se.rodtrad.planning.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.Target;
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
        if (t == null) {
            return messages.get("target.none");
        }
        String dir = messages.get("target.direction." + t.direction());
        return switch (t.form()) {
            case PREVIOUS_VALUE -> messages.get("LATEST_STATISTICS".equals(t.reference()) ? "target.words.PREVIOUS_VALUE.latest"
                    : "target.words.PREVIOUS_VALUE", dir);
            case BASE_YEAR -> messages.get("target.words.BASE_YEAR", dir, year(t.baseYear()));
            case RELATIVE_CHANGE -> t.targetYear() == null
                    ? messages.get("target.words.RELATIVE_CHANGE", dir, number(t.percent()), year(t.baseYear()))
                    : messages.get("target.words.RELATIVE_CHANGE.by", dir, number(t.percent()), year(t.targetYear()), year(t.baseYear()));
            case PEER_GROUP -> messages.get("CHANGE".equals(t.measure()) ? "target.words.PEER_GROUP.change" : "target.words.PEER_GROUP",
                    comparison(t.direction()), groupName(t.group()));
            case NATIONAL -> messages.get("CHANGE".equals(t.measure()) ? "target.words.NATIONAL.change" : "target.words.NATIONAL",
                    comparison(t.direction()));
            case INTERVAL -> messages.get("target.words.INTERVAL", number(t.lower()), number(t.upper()), t.unit() == null ? "" : t.unit()).strip();
            case GAP -> messages.get("target.words.GAP", t.between() == null ? "–" : t.between(), dir);
            case THRESHOLD -> messages.get("target.words.THRESHOLD", t.unitsOf() == null ? "–" : t.unitsOf(), number(t.threshold()), dir);
            case REPORT_ONLY, QUALITATIVE, UNSPECIFIED -> messages.get("target.words." + t.form());
        };
    }

    public String form(Target t) {
        return messages.get("target.form." + (t == null ? "UNSPECIFIED" : t.form().name()));
    }

    private String groupName(String code) {
        return code == null ? "–" : organisation.comparisonGroup(code).map(g -> g.name()).orElse(code);
    }

    private String comparison(Direction d) {
        return messages.get("target.comparison." + d);
    }

    private static String year(Integer y) {
        return y == null ? "–" : String.valueOf(y);
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
