package se.rodtrad.followup.assessment;

import java.util.List;

/**
 * What {@link TargetAssessment} concluded: the status, the sentences that show the numbers behind it, and
 * whether only a person can judge (qualitative targets, targets without a form, targets without a direction).
 */
public record Assessment(AssessmentStatus status, List<Sentence> explanation, boolean needsPerson) {

    public static Assessment of(AssessmentStatus status, List<Sentence> explanation) {
        return new Assessment(status, List.copyOf(explanation), false);
    }
}
