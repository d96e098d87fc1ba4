/**
 * Assessment, a room of follow-up: what is followed of the plans — each target of each indicator, built from planning's
 * events by plan item id ({@link se.rodtrad.followup.assessment.FollowedIndicators}) — and how it is judged:
 * {@link se.rodtrad.followup.assessment.TargetAssessment} reads every target form from the measures' values and explains
 * itself in Swedish, a goal is judged from its indicators, and a person's judgement with its reason counts over the rule
 * and stays in the history ({@link se.rodtrad.followup.assessment.Assessments}).
 *
 * <p>Reads measures and values through the measures room's services.
 */
@org.springframework.modulith.NamedInterface("assessment")
package se.rodtrad.followup.assessment;
