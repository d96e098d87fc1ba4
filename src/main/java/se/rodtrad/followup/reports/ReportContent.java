package se.rodtrad.followup.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.economy.PeriodReport;
import se.rodtrad.internalcontrol.InternalControlFollowUp;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.internalcontrol.RiskLevel;

/**
 * Everything a follow-up report shows, as plain data: read live while the report is a draft, and stored as
 * JSON when it is submitted — the snapshot is this record, so a submitted report shows exactly what it
 * showed at submission however the values change later. Texts computed from numbers (explanations) are
 * kept in Swedish, the language the report is submitted in.
 */
public record ReportContent(
        UUID reportId,
        UUID planId,
        String planKey,
        String planTitle,
        UUID bodyId,
        String bodyCode,
        String bodyName,
        int year,
        ReportOccasion occasion,
        int periodMonth,
        int assessmentYear,
        Instant assembledAt,
        String summary,
        List<GoalSection> goals,
        List<AssignmentLine> assignments,
        EconomySection economy,
        InternalControlFollowUp internalControl,
        List<MatrixRow> riskMatrix,
        boolean exempeldata) {

    /** The content as open data: the accounts that wrote internal control's results and judgement left out. */
    public ReportContent withoutAccounts() {
        return new ReportContent(reportId, planId, planKey, planTitle, bodyId, bodyCode, bodyName, year, occasion, periodMonth, assessmentYear,
                assembledAt, summary, goals, assignments, economy, internalControl == null ? null : internalControl.withoutAccounts(), riskMatrix,
                exempeldata);
    }

    /**
     * A goal: the status its indicators give by the stated rule, a person's judgement of the goal (status
     * and reason) if any, the report's own judgement and analysis, and the indicators.
     */
    public record GoalSection(String goal, AssessmentStatus ruleStatus, String ruleExplanation, AssessmentStatus judgedStatus,
            String judgementReason, AssessmentStatus reportStatus, String analysis, List<IndicatorSection> indicators) {

        /** The status the report gives the goal: its own judgement, else the person's, else the rule's. */
        public AssessmentStatus status() {
            return reportStatus != null ? reportStatus : judgedStatus != null ? judgedStatus : ruleStatus;
        }
    }

    /** An indicator: its assessment with the sentence behind it, a person's judgement, and the trend with its numbers. */
    public record IndicatorSection(UUID followedIndicatorId, String text, String unitLabel, String targetNote, AssessmentStatus status,
            AssessmentStatus computedStatus, String explanation, String judgementReason, String measureName, String source,
            LatestValue latest, ChartData chart, boolean exempeldata) {

        public boolean judged() {
            return judgementReason != null;
        }
    }

    /** The judged unit's latest value up to the assessment year. */
    public record LatestValue(String period, BigDecimal value, String unitName, boolean preliminary) {
    }

    /** A trend: periods, one series per unit (values aligned with the periods, null = missing) and the target. */
    public record ChartData(String caption, List<String> periods, List<SeriesData> series, String targetLabel, BigDecimal targetLower,
            BigDecimal targetUpper) {
    }

    public record SeriesData(String label, List<BigDecimal> values, boolean emphasised) {
    }

    public record AssignmentLine(String label, String text, AssignmentStatus status, String comment, boolean exempeldata) {
    }

    /** The economy of the areas the body's budget is followed on, up to the occasion's last month. */
    public record EconomySection(String scopeName, int month, PeriodReport report) {
    }

    /** A row of the risk matrix (probability 4 → 1), cells by consequence 1 → 4, each naming its risks by number. */
    public record MatrixRow(int probability, List<MatrixCell> cells) {
    }

    public record MatrixCell(int probability, int consequence, int value, RiskLevel level, List<Integer> risks) {
    }
}
