package se.rodtrad.followup.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * One indicator, one verdict per period: where a plan gives an indicator several targets ("BRP per invånare ska
 * öka" and "ska öka mer än i jämförbara län"), the targets are judged together by the rule of the weakest target.
 * Among the targets that can be assessed, the weakest verdict counts (ej uppfyllt before delvis uppfyllt before
 * uppfyllt), because an indicator whose plan asks for two things has not been met while one of them is not. A target
 * that cannot be assessed is named but does not count; when none can be assessed, neither can the indicator, and a
 * person judges it. Each target's verdict and numbers stay in the explanation, in the plan's order.
 */
public final class IndicatorVerdict {

    private IndicatorVerdict() {
    }

    /** A target of the indicator as judged on its own, with the target in words ({@link TargetAssessment#describe}). */
    public record Part(Sentence target, Assessment assessment) {
    }

    public static Assessment of(List<Part> parts) {
        if (parts.isEmpty()) {
            return new Assessment(AssessmentStatus.KAN_EJ_BEDOMAS, List.of(Sentence.of("assessment.unspecified")), true);
        }
        if (parts.size() == 1) {
            return parts.get(0).assessment();
        }
        AssessmentStatus weakest = null;
        boolean needsPerson = true;
        for (Part p : parts) {
            AssessmentStatus s = p.assessment().status();
            if (s != AssessmentStatus.KAN_EJ_BEDOMAS && (weakest == null || rank(s) < rank(weakest))) {
                weakest = s;
            }
            needsPerson &= p.assessment().needsPerson();
        }
        AssessmentStatus status = weakest == null ? AssessmentStatus.KAN_EJ_BEDOMAS : weakest;
        List<Sentence> why = new ArrayList<>();
        why.add(Sentence.of(weakest == null ? "assessment.targets.none" : "assessment.targets.weakest", parts.size(),
                TargetAssessment.status(status)));
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            why.add(Sentence.of("assessment.targets.part", i + 1, p.target(), TargetAssessment.status(p.assessment().status())));
            why.addAll(p.assessment().explanation());
        }
        return new Assessment(status, List.copyOf(why), weakest == null && needsPerson);
    }

    /** Weaker verdicts rank lower; a verdict that cannot be given ranks above all (it does not count). */
    static int rank(AssessmentStatus s) {
        return switch (s) {
            case EJ_UPPFYLLT -> 0;
            case DELVIS_UPPFYLLT -> 1;
            case UPPFYLLT -> 2;
            case KAN_EJ_BEDOMAS -> 3;
        };
    }
}
