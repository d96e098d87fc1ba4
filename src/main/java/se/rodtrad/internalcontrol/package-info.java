/**
 * Internal governance and control (intern styrning och kontroll, ISK): each plan's internal control plan
 * with its risks per activity, the requirement (c–e) each threatens, actions with owner and deadline; the
 * region-wide risks defined once a year and reported on by every body; the assessment of probability and
 * consequence (1–4) with the decision to accept or treat; the controls of treated risks with their results
 * per report occasion; and each body's yearly ISK judgement (KL 6 kap. 6 §).
 *
 * <p>A decided plan keeps the risks and actions it was decided with; the assessment, controls, follow-up
 * and judgement are recorded against it during the year, because the plan itself prints none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intern kontroll",
        allowedDependencies = {"planning", "organisation", "audit", "shared"})
package se.rodtrad.internalcontrol;
