package se.rodtrad.meetings;

import java.time.Instant;

/** One step of a case's status, with who took it, when and why (the § that decided it, the reason a case was voided). */
public record CaseStatusChange(CaseStatus from, CaseStatus to, String note, Instant at, String by) {
}
