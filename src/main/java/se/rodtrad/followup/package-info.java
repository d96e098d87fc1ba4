/**
 * Follow-up: statistical series (measures) and their values per unit, period and sex with every revision
 * kept; imports from Kolada (API JSON v2/v3, rKolada CSV), SCB (PxWeb v1 JSON, PxWebApi 2 json-stat2) and
 * our own CSV/XLSX template, each idempotent, with a dry run and a report; the assessment of indicator
 * targets ({@link se.rodtrad.followup.TargetAssessment}) with a person's judgement on top; the monthly
 * economy (budget, outcome and forecast per area and budget line) and its period report.
 *
 * <p>What is followed are the plans' indicators, by plan item id, built from planning's events
 * ({@link se.rodtrad.followup.FollowedIndicators}): each target of an indicator with the measure holding its data.
 * <p>The reports (delårsrapport 1 and 2, verksamhetsberättelse) gather all of it per body and year with each
 * assignment's status at the occasion and the internal control's follow-up; a submitted report is a dated,
 * immutable snapshot (the database refuses to change it) and the next report starts from its texts.
 *
 * <p>The reports read internal control's follow-up at each occasion: internal control knows nothing of follow-up, so
 * that dependency runs one way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Uppföljning",
        allowedDependencies = {"planning", "organisation", "internalcontrol", "grants", "audit", "shared"})
package se.rodtrad.followup;
