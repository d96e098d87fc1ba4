package se.rodtrad.followup.reports;

/**
 * What someone may do with a follow-up report now: write its texts and submit it while it is a draft, when they
 * report for its body ({@code Permission.REPORT}); nothing once it is submitted — a submitted report is a dated
 * snapshot that never changes again. The report's page shows its links by this answer; {@link Reports} refuses by
 * the same rule.
 */
public record ReportActions(boolean mayEdit, boolean maySubmit) {

    static ReportActions of(FollowReport report, boolean reportsForBody) {
        boolean draft = !report.submitted();
        return new ReportActions(draft && reportsForBody, draft && reportsForBody);
    }
}
