/**
 * The committee secretary's work: the diary (diarium) of numbered cases and their documents, the members of each
 * body, meetings with their agenda and notice (kallelse/föredragningslista), the decisions taken item by item (§),
 * the minutes and their adjustment (justering), the public notice board (anslagstavla), the dispatch of decisions,
 * and the delegation order with the reports of delegated decisions (KL 6 kap. 37–40 §§).
 *
 * <p>Other modules learn of decisions by events: {@link se.rodtrad.meetings.DecisionTaken} for every § once the
 * minutes holding it are adjusted, {@link se.rodtrad.meetings.MinutesAdjusted} for the meeting. A decision names its
 * case number (diarienummer), which is how a plan or a grant knows that this § decided it. Modules that decide under
 * delegation report each decision with {@link se.rodtrad.meetings.DelegatedDecisionMade}: the body decides how
 * delegated decisions are reported to it (KL 6 kap. 40 §), so this module owns that report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sammanträden och diarium",
        allowedDependencies = {"organisation", "audit", "shared"})
package se.rodtrad.meetings;
