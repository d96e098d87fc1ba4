package se.rodtrad.planning.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.Target;
import se.rodtrad.planning.TargetForm;

/**
 * One plan item in the API. {@code provenance} is the origin as printed ("FM 2026", "Från 2022 fortsätter 2023"),
 * otherwise the accepted proposal it came from ("Förslag 3"), otherwise the issuer; null when unknown.
 * {@code target} is given for indicators only, with the form's parameters and nothing else. {@code source} says where an
 * item was read from when it came from a document ("Importerad från vp-2023.pdf, s. 7").
 */
record ItemJson(UUID id, UUID lineageId, String lineageKey, UUID parentId, ItemType type, String kind, String number, String text,
        String provenance, String tag, String issuer, String assignee, UUID proposalId, String unit, String koladaId, int position,
        int version, TargetJson target, List<TargetJson> additionalTargets, String source) {

    static ItemJson of(PlanEntry e) {
        PlanItem i = e.item();
        boolean indicator = i.type() == ItemType.INDICATOR;
        return new ItemJson(i.id(), i.lineageId(), e.lineageKey(), i.parentId(), i.type(), i.kind(), i.number(), i.text(),
                provenance(e), i.tag(), i.issuer(), e.assignee(), e.proposalId(), i.unit(), i.koladaId(), i.position(), i.version(),
                indicator ? TargetJson.of(i.target() == null ? Target.of(TargetForm.UNSPECIFIED, Direction.NONE) : i.target()) : null,
                indicator ? i.additionalTargets().stream().map(TargetJson::of).toList() : null, e.source());
    }

    static String provenance(PlanEntry e) {
        if (e.item().tag() != null) {
            return e.item().tag();
        }
        if (e.proposalNumber() != null) {
            return "Förslag " + e.proposalNumber();
        }
        return e.item().issuer();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TargetJson(TargetForm form, Direction direction, String reference, Integer baseYear, Integer targetYear, BigDecimal percent,
            String group, String measure, BigDecimal lower, BigDecimal upper, String unit, String between, BigDecimal threshold,
            String unitsOf) {

        static TargetJson of(Target t) {
            return new TargetJson(t.form(), t.direction(), t.reference(), t.baseYear(), t.targetYear(), t.percent(), t.group(), t.measure(),
                    t.lower(), t.upper(), t.unit(), t.between(), t.threshold(), t.unitsOf());
        }
    }
}
