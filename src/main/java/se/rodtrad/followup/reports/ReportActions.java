package se.rodtrad.followup.reports;

import java.util.Set;
import se.rodtrad.organisation.Permission;

/**
 * What someone may do with a follow-up report now: write its texts, assign its goals' writers and submit it while it
 * is a draft, when they report for its body ({@code Permission.REPORT}); nothing once it is submitted — a submitted
 * report is a dated snapshot that never changes again. The report's pages show their links and buttons by this answer
 * ({@link Report#allowedTransitions}); the aggregate's verbs refuse by the same rule.
 */
public record ReportActions(boolean mayEdit, boolean maySubmit) {

    static ReportActions of(FollowReport.Status status, Set<Permission> permissions) {
        boolean draft = status != FollowReport.Status.SUBMITTED;
        boolean reports = permissions.contains(Permission.REPORT);
        return new ReportActions(draft && reports, draft && reports);
    }
}
