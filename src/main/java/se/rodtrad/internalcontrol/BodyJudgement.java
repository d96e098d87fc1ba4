package se.rodtrad.internalcontrol;

import java.util.UUID;

/** One body's line in the region's overview of ISK judgements for a year; {@code judgement} null when not given. */
public record BodyJudgement(UUID planId, String planKey, String planTitle, UUID bodyId, String bodyCode, String bodyName, int year,
        int risks, int deviations, JudgementView judgement) {

    /** How many of the bodies have given their judgement. */
    public static long given(java.util.List<BodyJudgement> judgements) {
        return judgements.stream().filter(b -> b.judgement() != null).count();
    }

    /** How many of the bodies judged their internal control sufficient. */
    public static long sufficient(java.util.List<BodyJudgement> judgements) {
        return judgements.stream().filter(b -> b.judgement() != null && b.judgement().sufficient()).count();
    }

    /** The judgement's message key: sufficient, insufficient, or none given. */
    public String judgementKey() {
        return judgement == null ? "ic.judgement.none" : judgement.sufficient() ? "ic.judgement.sufficient" : "ic.judgement.insufficient";
    }
}
