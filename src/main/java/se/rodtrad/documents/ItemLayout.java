package se.rodtrad.documents;

import java.util.ArrayList;
import java.util.List;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;

/**
 * How a perspective's steering items read in the document, as the plans print them: a goal as its own
 * line ("Effektmål 5. Länets invånare …", "Mål: Territoriellt mål: …"), consecutive indicators under
 * "Indikatorer", consecutive strategies under "Strategi", each assignment as "Uppdrag: Nytt 2023: …".
 * Shared by the PDF and the DOCX so both read alike.
 */
final class ItemLayout {

    enum Kind { GOAL, INDICATORS, STRATEGIES, ASSIGNMENT, ACTIVITIES, PERSPECTIVE }

    record Line(Kind kind, String lead, String text, List<String> list, int depth) {
    }

    private ItemLayout() {
    }

    static List<Line> lines(List<PlanEntry> entries) {
        List<Line> lines = new ArrayList<>();
        for (PlanEntry e : entries) {
            ItemType type = e.type();
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            switch (type) {
                case GOAL -> lines.add(new Line(Kind.GOAL, goalLead(e), e.text(), List.of(), e.depth()));
                case PERSPECTIVE -> lines.add(new Line(Kind.PERSPECTIVE, null, e.text(), List.of(), e.depth()));
                case INDICATOR -> {
                    if (last != null && last.kind() == Kind.INDICATORS) {
                        last.list().add(e.text());
                    } else {
                        lines.add(new Line(Kind.INDICATORS, "Indikatorer", null, new ArrayList<>(List.of(e.text())), e.depth()));
                    }
                }
                case STRATEGY -> {
                    if (last != null && last.kind() == Kind.STRATEGIES) {
                        last.list().add(e.text());
                    } else {
                        lines.add(new Line(Kind.STRATEGIES, "Strategi", null, new ArrayList<>(List.of(e.text())), e.depth()));
                    }
                }
                case ACTIVITY -> {
                    if (last != null && last.kind() == Kind.ACTIVITIES) {
                        last.list().add(e.text());
                    } else {
                        lines.add(new Line(Kind.ACTIVITIES, "Aktiviteter", null, new ArrayList<>(List.of(e.text())), e.depth()));
                    }
                }
                case ASSIGNMENT -> lines.add(new Line(Kind.ASSIGNMENT, assignmentLead(e), e.text(), List.of(), e.depth()));
            }
        }
        return lines;
    }

    private static String goalLead(PlanEntry e) {
        String kind = e.item().kind() == null ? "Mål" : e.item().kind();
        if (e.item().number() != null) {
            return kind + " " + e.item().number() + ".";
        }
        return kind.equals("Mål") ? "Mål:" : "Mål: " + kind + ":";
    }

    private static String assignmentLead(PlanEntry e) {
        StringBuilder lead = new StringBuilder("Uppdrag");
        if (e.item().number() != null) {
            lead.append(" nr ").append(e.item().number());
        }
        lead.append(":");
        if (e.item().tag() != null) {
            lead.append(" ").append(e.item().tag()).append(":");
        }
        return lead.toString();
    }
}
