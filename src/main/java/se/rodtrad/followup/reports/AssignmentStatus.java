package se.rodtrad.followup.reports;

/**
 * How far an assignment (uppdrag) has come at a report occasion, as the reports print it: ej påbörjat,
 * pågår, genomfört, avslutat/ej genomfört. The message key {@code followup.assignment.status.X} names it and
 * {@code followup.assignment.icon.X} gives the icon shown with the word (never colour alone).
 */
public enum AssignmentStatus {
    EJ_PABORJAT, PAGAR, GENOMFORT, AVSLUTAT_EJ_GENOMFORT
}
