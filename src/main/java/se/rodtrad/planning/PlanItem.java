package se.rodtrad.planning;

import java.util.List;
import java.util.UUID;

/**
 * One steering item of a plan as other modules see it. {@code lineageId} is the item's identity across years;
 * {@code parentId} its place in the plan's tree; {@code position} its place in document order (0 = first).
 * {@code kind} is the goal level as written ("Effektmål", "Fokusområde"), {@code number} as printed ("5", "Nr 4",
 * "4.1"), {@code tag} the origin as printed ("FM 2026", "Från 2022 fortsätter 2023"), {@code issuer} FM, RS, DN
 * or FORVALTNING. Indicators carry a {@code target} (and rarely more targets); other items have none.
 */
public record PlanItem(UUID id, UUID planId, UUID lineageId, UUID parentId, ItemType type, String kind, String number,
        String text, String tag, String issuer, Target target, List<Target> additionalTargets, String unit, String koladaId,
        int position, int version) {

    public PlanItem {
        additionalTargets = additionalTargets == null ? List.of() : List.copyOf(additionalTargets);
    }

    /** "Effektmål 5", "Fokusområde 4.2", "Uppdrag 32" — kind and number as far as they are known. */
    public String label() {
        String k = kind == null ? "" : kind;
        String n = number == null ? "" : number;
        return (k + " " + n).strip();
    }
}
