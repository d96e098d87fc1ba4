package se.rodtrad.followup.assessment;

/** The outcome of judging a target; the message key {@code assessment.status.X} names it, with an icon. */
public enum AssessmentStatus {
    UPPFYLLT, DELVIS_UPPFYLLT, EJ_UPPFYLLT, KAN_EJ_BEDOMAS
}
