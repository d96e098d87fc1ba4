/**
 * Reports, a room of follow-up: delårsrapport 1 and 2 and the verksamhetsberättelse of a body's plan year
 * ({@link se.rodtrad.followup.reports.Reports}), each assignment's status at each occasion
 * ({@link se.rodtrad.followup.reports.AssignmentStatuses}) and the region's annual report gathered from the bodies'
 * verksamhetsberättelser ({@link se.rodtrad.followup.reports.AnnualReports}).
 *
 * <p>A report gathers the assessment room's goals and indicators, the measures' trends, the economy room's period report
 * and internal control's follow-up; a submitted report is a dated, immutable snapshot (the database refuses to change
 * it) and the next report of the year starts from its texts.
 */
@org.springframework.modulith.NamedInterface("reports")
package se.rodtrad.followup.reports;
