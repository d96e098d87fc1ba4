package se.rodtrad.documents;

import java.time.LocalDate;
import java.util.List;
import se.rodtrad.planning.PlanSummary;

/**
 * "Sammanfattning av uppdrag till regional tillväxtnämnd (17 st)" (seed 004): every uppdrag the body has been
 * given, under the målsättning it belongs to, in the deck's order (by number within each målsättning), with the
 * count in the title; then what the committee in turn asks of its administration.
 */
public record AssignmentSummary(PlanSummary plan, String title, String subtitle, String footer, LocalDate date, int count,
        List<Group> toBody, List<Line> toAdministration, String administrationHeading) {

    /** The uppdrag under one målsättning (or perspective). */
    public record Group(String heading, List<Line> lines) {
    }

    /**
     * One uppdrag: its number as printed ("Nr 27."; a running number where the plan prints none), its text, where
     * it sits (the fokusområde), who gave it, who receives it, and its origin tag as printed.
     */
    public record Line(String lead, String text, String context, String issuer, String assignee, String tag, String proposal) {

        /** "Fokusområde 4.1.1 … · Från FM · Till: Regionala tillväxtnämnden": the facts known about it, in one line. */
        public String details() {
            return String.join(" · ", java.util.stream.Stream.of(context, issuer, assignee == null ? null : "Mottagare: " + assignee,
                    tag == null ? null : "Märkt: " + tag, proposal).filter(s -> s != null && !s.isBlank()).toList());
        }
    }
}
