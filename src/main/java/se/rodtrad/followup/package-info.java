/**
 * Follow-up: how the plans' year goes, in four rooms, each a sub-package with its own small API that the others and
 * other modules use (a named interface each):
 * <ul>
 * <li>{@code measures} — statistical series and their values per unit, period and sex with every revision kept, and
 * the one import path (Kolada, SCB, our template; the parsers in {@code measures.imports});
 * <li>{@code assessment} — what is followed of the plans (built from planning's events, by plan item id), the
 * assessment of every target form ({@link se.rodtrad.followup.assessment.TargetAssessment}) and a person's judgement;
 * <li>{@code economy} — budget, outcome and forecast per area and budget line, and the period report;
 * <li>{@code reports} — delårsrapporter, verksamhetsberättelse, each assignment's status, the region's annual report.
 * </ul>
 * The rooms depend one way: assessment and economy on measures, reports on the three; the economy template comes in
 * through the measures' import path by a port the economy room implements. No room reads another room's repositories
 * or tables ({@code FollowupRoomsTest}). Each room's controllers are in its {@code web}; {@code followup.web} holds
 * what their pages share (the charts) and the follow-up's start page. This package holds the numbers' formats
 * ({@code @fmt}).
 *
 * <p>The reports read internal control's follow-up at each occasion: internal control knows nothing of follow-up, so
 * that dependency runs one way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Uppföljning",
        allowedDependencies = {"planning", "organisation", "internalcontrol", "grants", "budget", "audit", "shared"})
package se.rodtrad.followup;
