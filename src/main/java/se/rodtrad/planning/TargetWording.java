package se.rodtrad.planning;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * How a target reads ("Ska öka med 33 % jämfört med 2016"), as a message key and its arguments, chosen by the
 * target's form: the planning's reading of a target, which every page renders in the reader's language. Arguments are
 * plain values, numbers ({@link BigDecimal}, shown the reader's way), message keys to render in place ({@link Key})
 * and the code of a comparison group to name ({@link Group}).
 */
public record TargetWording(String key, List<Object> args) {

    /** A message key rendered in place (a direction, a comparison). */
    public record Key(String key) {
    }

    /** A comparison group by its code, shown by its name. */
    public record Group(String code) {
    }

    static TargetWording of(String key, Object... args) {
        return new TargetWording(key, Arrays.asList(args));
    }

    /** The wording of {@code t}; "no target" for none. */
    public static TargetWording of(Target t) {
        if (t == null) {
            return of("target.none");
        }
        Key dir = new Key("target.direction." + t.direction());
        Key comparison = new Key("target.comparison." + t.direction());
        boolean change = "CHANGE".equals(t.measure());
        return switch (t.form()) {
            case PREVIOUS_VALUE -> of("LATEST_STATISTICS".equals(t.reference()) ? "target.words.PREVIOUS_VALUE.latest" : "target.words.PREVIOUS_VALUE", dir);
            case BASE_YEAR -> of("target.words.BASE_YEAR", dir, year(t.baseYear()));
            case RELATIVE_CHANGE -> t.targetYear() == null
                    ? of("target.words.RELATIVE_CHANGE", dir, orDash(t.percent()), year(t.baseYear()))
                    : of("target.words.RELATIVE_CHANGE.by", dir, orDash(t.percent()), year(t.targetYear()), year(t.baseYear()));
            case PEER_GROUP -> of(change ? "target.words.PEER_GROUP.change" : "target.words.PEER_GROUP", comparison,
                    t.group() == null ? "–" : new Group(t.group()));
            case NATIONAL -> of(change ? "target.words.NATIONAL.change" : "target.words.NATIONAL", comparison);
            case INTERVAL -> of("target.words.INTERVAL", orDash(t.lower()), orDash(t.upper()), t.unit() == null ? "" : t.unit());
            case GAP -> of("target.words.GAP", t.between() == null ? "–" : t.between(), dir);
            case THRESHOLD -> of("target.words.THRESHOLD", t.unitsOf() == null ? "–" : t.unitsOf(), orDash(t.threshold()), dir);
            case REPORT_ONLY, QUALITATIVE, UNSPECIFIED -> of("target.words." + t.form());
        };
    }

    /** The form's name key ("Relativ förändring"). */
    public static String formKey(Target t) {
        return "target.form." + (t == null ? "UNSPECIFIED" : t.form().name());
    }

    private static String year(Integer y) {
        return y == null ? "–" : String.valueOf(y);
    }

    private static Object orDash(BigDecimal n) {
        return n == null ? "–" : n;
    }
}
