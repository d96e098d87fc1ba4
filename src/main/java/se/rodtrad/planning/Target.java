package se.rodtrad.planning;

import java.math.BigDecimal;

/**
 * An indicator's target: its form, the better direction and the form's parameters; unused parameters are
 * null. Numbers are exact decimals as printed ("6,3" → 6.3).
 *
 * @param reference  PREVIOUS_VALUE: {@code PREVIOUS_YEAR} or {@code LATEST_STATISTICS}
 * @param baseYear   BASE_YEAR, RELATIVE_CHANGE
 * @param targetYear RELATIVE_CHANGE (optional)
 * @param percent    RELATIVE_CHANGE: the change in percent ("60")
 * @param group      PEER_GROUP: comparison group code ("jamforbara-lan")
 * @param measure    PEER_GROUP, NATIONAL: {@code LEVEL} (higher than) or {@code CHANGE} (grows more than)
 * @param lower      INTERVAL lower bound
 * @param upper      INTERVAL upper bound
 * @param unit       INTERVAL unit as printed ("%")
 * @param between    GAP: the groups as written ("kvinnor och män")
 * @param threshold  THRESHOLD: the level a unit must reach ("95")
 * @param unitsOf    THRESHOLD: what is counted ("kommuner")
 */
public record Target(
        TargetForm form,
        Direction direction,
        String reference,
        Integer baseYear,
        Integer targetYear,
        BigDecimal percent,
        String group,
        String measure,
        BigDecimal lower,
        BigDecimal upper,
        String unit,
        String between,
        BigDecimal threshold,
        String unitsOf) {

    public Target {
        if (form == null) {
            form = TargetForm.UNSPECIFIED;
        }
        if (direction == null) {
            direction = Direction.NONE;
        }
    }

    public static Target of(TargetForm form, Direction direction) {
        return new Target(form, direction, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A target as the plan keeps it (JSON of its form and parameters), e.g. as the history recorded it. */
    public static Target fromJson(String json) {
        return TargetCodec.read(json);
    }

    /** Several targets as the plan keeps them (a JSON list). */
    public static java.util.List<Target> listFromJson(String json) {
        return TargetCodec.readAll(json);
    }
}
