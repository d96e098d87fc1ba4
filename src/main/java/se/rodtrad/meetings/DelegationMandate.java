package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a decision lies within a delegate's mandate (KL 6 kap. 37–38 §§): not a matter the body must decide itself,
 * a point of the order in force on the day that covers the matter and type, decided by a person who holds the point,
 * within its limit per decision. Each refusal says which condition failed and names the point, so the person deciding
 * knows whom to turn to; otherwise the point the decision rests on.
 */
final class DelegationMandate {

    private DelegationMandate() {
    }

    static DelegationVerdict judge(DelegationQuestion q, String bodyName, List<DelegationPoint> order) {
        LocalDate day = q.decidedOn();
        if (q.principal()) {
            return DelegationVerdict.refused(null, "delegation.verdict.principal", bodyName);
        }
        List<DelegationPoint> inForce = order.stream().filter(p -> p.inForceOn(day)).toList();
        DelegationPoint point;
        if (q.point() != null && !q.point().isBlank()) {
            point = inForce.stream().filter(p -> p.point().equals(q.point().strip())).findFirst().orElse(null);
            if (point == null) {
                return DelegationVerdict.refused(null, "delegation.verdict.noSuchPoint", q.point().strip(), bodyName, day.toString());
            }
            if (!point.covers(q.matter(), q.decisionType())) {
                return DelegationVerdict.refused(point, "delegation.verdict.otherMatter", point.point(), point.matter(),
                        describe(q.matter(), q.decisionType()));
            }
        } else {
            point = inForce.stream().filter(p -> p.covers(q.matter(), q.decisionType())).findFirst().orElse(null);
            if (point == null) {
                return DelegationVerdict.refused(null, "delegation.verdict.noPoint", bodyName, describe(q.matter(), q.decisionType()),
                        day.toString());
            }
        }
        if (!point.heldBy(q.decidedBy())) {
            return DelegationVerdict.refused(point, "delegation.verdict.notHolder", q.decidedBy() == null ? "–" : q.decidedBy(), point.point(),
                    point.delegateTitle(), point.holders().isEmpty() ? "–" : String.join(", ", point.holders()), day.toString());
        }
        if (point.maxAmountKr() != null && q.amountKr() != null && q.amountKr() > point.maxAmountKr()) {
            return DelegationVerdict.refused(point, "delegation.verdict.overLimit", DelegationAmounts.kr(q.amountKr()),
                    DelegationAmounts.kr(point.maxAmountKr()), point.point(), bodyName);
        }
        return point.maxAmountKr() == null
                ? DelegationVerdict.allowed(point, "delegation.verdict.allowed", point.point(), point.delegateTitle(), q.decidedBy())
                : DelegationVerdict.allowed(point, "delegation.verdict.allowedLimit", point.point(), point.delegateTitle(), q.decidedBy(),
                        DelegationAmounts.kr(point.maxAmountKr()));
    }

    private static String describe(String matter, String type) {
        if (type == null || type.isBlank() || type.equalsIgnoreCase(matter)) {
            return matter == null ? "–" : matter.toLowerCase(java.util.Locale.ROOT);
        }
        return (matter == null ? "" : matter.toLowerCase(java.util.Locale.ROOT) + ", ") + type.toLowerCase(java.util.Locale.ROOT);
    }
}
