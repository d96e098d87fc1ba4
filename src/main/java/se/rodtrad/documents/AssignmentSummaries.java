package se.rodtrad.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * The assignment summary of a plan. An uppdrag is the body's own unless the plan prints it as given on to the
 * administration ("Förvaltningen får i uppdrag:"): those make the count in the title, grouped under their
 * målsättning in document order and by number within it — the order of seed 004's summary slides
 * (27–33, then 50, 51, 52, 54, 55, 56, 41, 38, 59, 61).
 */
@Service
@Transactional(readOnly = true)
public class AssignmentSummaries {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Plans plans;
    private final PlanModel model;
    private final ChangeDocuments changes;

    AssignmentSummaries(Plans plans, PlanModel model, ChangeDocuments changes) {
        this.plans = plans;
        this.model = model;
        this.changes = changes;
    }

    public AssignmentSummary summary(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        List<PlanEntry> entries = model.entries(planId);
        Map<UUID, PlanEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        Map<PlanEntry, List<PlanEntry>> toBody = new LinkedHashMap<>();
        List<PlanEntry> toAdministration = new ArrayList<>();
        for (PlanEntry e : entries) {
            if (e.type() != ItemType.ASSIGNMENT) {
                continue;
            }
            if (e.assignee() != null && e.assignee().strip().toLowerCase(ChangeDocuments.SWEDISH).startsWith("förvaltningen")) {
                toAdministration.add(e);
            } else {
                toBody.computeIfAbsent(top(e, byId), k -> new ArrayList<>()).add(e);
            }
        }
        List<AssignmentSummary.Group> groups = new ArrayList<>();
        for (var g : toBody.entrySet()) {
            List<PlanEntry> sorted = g.getValue().stream().sorted(Comparator.comparingInt(AssignmentSummaries::number)).toList();
            List<AssignmentSummary.Line> lines = new ArrayList<>();
            for (PlanEntry e : sorted) {
                lines.add(line(e, lead(e, lines.size() + 1), byId, g.getKey()));
            }
            groups.add(new AssignmentSummary.Group(g.getKey() == null ? null : heading(g.getKey()), lines));
        }
        List<AssignmentSummary.Line> administration = new ArrayList<>();
        for (PlanEntry e : toAdministration) {
            administration.add(line(e, (administration.size() + 1) + ".", byId, top(e, byId)));
        }
        int count = groups.stream().mapToInt(g -> g.lines().size()).sum();
        String body = plan.bodyName().isEmpty() ? plan.bodyName()
                : plan.bodyName().substring(0, 1).toLowerCase(ChangeDocuments.SWEDISH) + plan.bodyName().substring(1);
        String title = "Sammanfattning av uppdrag till " + body + " (" + count + " st)";
        return new AssignmentSummary(plan, title, plan.title(), plan.bodyName() + ", " + title, LocalDate.now(ChangeDocuments.STOCKHOLM),
                count, groups, administration, "Nämndens uppdrag till förvaltningen (" + administration.size() + " st)");
    }

    /** The top-level item (målsättning or perspective) an item stands under; null for a top-level item itself. */
    private static PlanEntry top(PlanEntry e, Map<UUID, PlanEntry> byId) {
        PlanEntry top = null;
        for (PlanEntry p = parent(e, byId); p != null; p = parent(p, byId)) {
            top = p;
        }
        return top;
    }

    private static PlanEntry parent(PlanEntry e, Map<UUID, PlanEntry> byId) {
        return e.item().parentId() == null ? null : byId.get(e.item().parentId());
    }

    private static String heading(PlanEntry top) {
        String label = ChangeDocuments.label(top);
        return top.type() == ItemType.PERSPECTIVE ? "Perspektiv: " + top.text() : label + ": " + top.text();
    }

    /** The uppdrag's printed number ("27", "nr 9") as a number for ordering; unnumbered ones keep their place last. */
    private static int number(PlanEntry e) {
        if (e.item().number() == null) {
            return Integer.MAX_VALUE;
        }
        Matcher m = DIGITS.matcher(e.item().number());
        return m.find() ? Integer.parseInt(m.group()) : Integer.MAX_VALUE;
    }

    private static String lead(PlanEntry e, int ordinal) {
        String n = e.item().number();
        if (n == null || n.isBlank()) {
            return "–";
        }
        return n.toLowerCase(ChangeDocuments.SWEDISH).startsWith("nr") ? capitalise(n.strip()) + "." : "Nr " + n.strip() + ".";
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(ChangeDocuments.SWEDISH) + s.substring(1);
    }

    /** The nearest goal between the uppdrag and its målsättning that has a number: its fokusområde. */
    private AssignmentSummary.Line line(PlanEntry e, String lead, Map<UUID, PlanEntry> byId, PlanEntry top) {
        String context = null;
        for (PlanEntry p = parent(e, byId); p != null && p != top; p = parent(p, byId)) {
            if (p.item().number() != null) {
                context = ChangeDocuments.label(p) + " " + ChangeDocuments.abbreviate(p.text(), 70);
                break;
            }
        }
        String proposal = e.proposalId() == null ? null : "Ändringsförslag nr " + e.proposalNumber() + ": " + e.proposalTitle();
        return new AssignmentSummary.Line(lead, e.text(), context, e.item().issuer() == null ? null : "Utfärdat av " + changes.issuer(e.item().issuer()),
                e.assignee(), e.item().tag(), proposal);
    }
}
