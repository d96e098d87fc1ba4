package se.rodtrad.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * What each target form needs (DOMAIN.md, "Indicator targets"): a relative change needs a base year and a percent
 * (a target year when the wording names one); a change against the previous value may state no better direction; an interval two bounds, the lower not above the upper; a comparison group a group; a gap the groups
 * compared; a threshold the level and what is counted. Field names are prefixed "target." so forms can show each
 * message beside its field.
 */
final class TargetPolicy {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;
    private static final Set<String> REFERENCES = Set.of("PREVIOUS_YEAR", "LATEST_STATISTICS");
    private static final Set<String> MEASURES = Set.of("LEVEL", "CHANGE");

    private TargetPolicy() {
    }

    /** The target, or null with the errors added; {@code groups} are the comparison group codes that exist. */
    static Target parse(TargetDraft d, Set<String> groups, List<FieldError> errors) {
        int before = errors.size();
        TargetForm form = enumValue(TargetForm.class, d == null ? null : d.form());
        if (form == null) {
            errors.add(new FieldError("target.form", "validation.target.formRequired"));
            return null;
        }
        Direction direction = enumValue(Direction.class, d.direction());
        if (d.direction() != null && !d.direction().isBlank() && direction == null) {
            errors.add(new FieldError("target.direction", "validation.target.direction"));
        }
        String reference = null, group = null, measure = null, unit = null, between = null, unitsOf = null;
        Integer baseYear = null, targetYear = null;
        BigDecimal percent = null, lower = null, upper = null, threshold = null;
        switch (form) {
            case PREVIOUS_VALUE -> {
                // "installerad solcellseffekt jämfört med tidigare år": a comparison the wording gives no better direction for
                reference = Texts.trimToNull(d.reference()) == null ? "PREVIOUS_YEAR" : d.reference().strip();
                if (!REFERENCES.contains(reference)) {
                    errors.add(new FieldError("target.reference", "validation.target.reference"));
                }
            }
            case BASE_YEAR -> {
                requireDirection(direction, errors);
                baseYear = year(d.baseYear(), "target.baseYear", "validation.target.baseYearRequired", errors);
            }
            case RELATIVE_CHANGE -> {
                requireDirection(direction, errors);
                baseYear = year(d.baseYear(), "target.baseYear", "validation.target.baseYearRequired", errors);
                // "öka med 33 procent jämfört med 2016" names no target year: the change is then judged on the latest value
                targetYear = Texts.trimToNull(d.targetYear()) == null ? null
                        : year(d.targetYear(), "target.targetYear", "validation.target.targetYearRequired", errors);
                percent = number(d.percent(), "target.percent", "validation.target.percentRequired", errors);
                if (baseYear != null && targetYear != null && targetYear <= baseYear) {
                    errors.add(new FieldError("target.targetYear", "validation.target.targetYearAfterBase", baseYear));
                }
                if (percent != null && percent.signum() <= 0) {
                    errors.add(new FieldError("target.percent", "validation.target.percentPositive"));
                }
            }
            case PEER_GROUP, NATIONAL -> {
                requireDirection(direction, errors);
                measure = Texts.trimToNull(d.measure()) == null ? "LEVEL" : d.measure().strip();
                if (!MEASURES.contains(measure)) {
                    errors.add(new FieldError("target.measure", "validation.target.measure"));
                }
                if (form == TargetForm.PEER_GROUP) {
                    group = Texts.trimToNull(d.group());
                    if (group == null) {
                        errors.add(new FieldError("target.group", "validation.target.groupRequired"));
                    } else if (!groups.contains(group)) {
                        errors.add(new FieldError("target.group", "validation.target.groupUnknown", group));
                    }
                }
            }
            case INTERVAL -> {
                lower = number(d.lower(), "target.lower", "validation.target.lowerRequired", errors);
                upper = number(d.upper(), "target.upper", "validation.target.upperRequired", errors);
                if (lower != null && upper != null && lower.compareTo(upper) > 0) {
                    errors.add(new FieldError("target.upper", "validation.target.upperBelowLower"));
                }
                unit = Texts.trimToNull(d.unit());
            }
            case GAP -> {
                between = Texts.trimToNull(d.between());
                if (between == null) {
                    errors.add(new FieldError("target.between", "validation.target.betweenRequired"));
                }
                if (direction == null || direction == Direction.NONE) {
                    direction = Direction.DECREASE;
                }
            }
            case THRESHOLD -> {
                threshold = number(d.threshold(), "target.threshold", "validation.target.thresholdRequired", errors);
                unitsOf = Texts.trimToNull(d.unitsOf());
                if (unitsOf == null) {
                    errors.add(new FieldError("target.unitsOf", "validation.target.unitsOfRequired"));
                }
                if (direction == null) {
                    direction = Direction.INCREASE;
                }
            }
            case REPORT_ONLY, QUALITATIVE, UNSPECIFIED -> {
                // no parameters: reported, judged by a person
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Target(form, direction, reference, baseYear, targetYear, percent, group, measure, lower, upper, unit, between,
                threshold, unitsOf);
    }

    private static void requireDirection(Direction direction, List<FieldError> errors) {
        if (direction == null || direction == Direction.NONE) {
            errors.add(new FieldError("target.direction", "validation.target.directionRequired"));
        }
    }

    private static Integer year(String s, String field, String requiredKey, List<FieldError> errors) {
        String t = Texts.trimToNull(s);
        if (t == null) {
            errors.add(new FieldError(field, requiredKey));
            return null;
        }
        try {
            int y = Integer.parseInt(t.replaceAll("[\\s\\u00a0]", ""));
            if (y < MIN_YEAR || y > MAX_YEAR) {
                errors.add(new FieldError(field, "validation.target.yearRange", MIN_YEAR, MAX_YEAR));
                return null;
            }
            return y;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "validation.target.yearFormat", t));
            return null;
        }
    }

    /** "6,3", "6.3", "1 000" and "90 %" are numbers; anything else is reported on its field. */
    static BigDecimal number(String s, String field, String requiredKey, List<FieldError> errors) {
        String t = Texts.trimToNull(s);
        if (t == null) {
            errors.add(new FieldError(field, requiredKey));
            return null;
        }
        String n = t.replaceAll("[\\s\\u00a0%]", "").replace(',', '.').replace('−', '-');
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "validation.target.numberFormat", t));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
        String t = Texts.trimToNull(s);
        if (t == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
