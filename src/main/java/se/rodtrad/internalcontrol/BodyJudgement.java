package se.rodtrad.internalcontrol;

import java.util.UUID;

/** One body's line in the region's overview of ISK judgements for a year; {@code judgement} null when not given. */
public record BodyJudgement(UUID planId, String planKey, String planTitle, UUID bodyId, String bodyCode, String bodyName, int year,
        int risks, int deviations, JudgementView judgement) {
}
