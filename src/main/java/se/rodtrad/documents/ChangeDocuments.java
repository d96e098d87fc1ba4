package se.rodtrad.documents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.planning.Change;
import se.rodtrad.planning.Comparison;
import se.rodtrad.planning.ComparisonEntry;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanComparison;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Proposal;
import se.rodtrad.planning.Proposals;
import se.rodtrad.shared.domain.DomainException;

/**
 * Assembles the change overview between two plans from planning's comparison (by lineage, with the word diff)
 * and the change proposals that produced the later plan's items. Who may see it follows the plans: a plan not
 * yet decided is only visible to those who may read internal material ({@link se.rodtrad.planning.Plans}).
 */
@Service
@Transactional(readOnly = true)
public class ChangeDocuments {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** The deck's three parts, then what it has no part for (perspectives and strategies of earlier plans). */
    private static final List<Object[]> GROUPS = List.of(
            new Object[] {"Målsättningar och fokusområden", List.of(ItemType.GOAL)},
            new Object[] {"Styrtal", List.of(ItemType.INDICATOR)},
            new Object[] {"Uppdrag", List.of(ItemType.ASSIGNMENT)},
            new Object[] {"Perspektiv, strategier och aktiviteter", List.of(ItemType.PERSPECTIVE, ItemType.STRATEGY, ItemType.ACTIVITY)});

    private static final List<Change> ORDER = List.of(Change.NEW, Change.CHANGED, Change.REMOVED, Change.CONTINUED);

    private final PlanComparison comparison;
    private final PlanModel model;
    private final Proposals proposals;
    private final MessageSource messages;

    ChangeDocuments(PlanComparison comparison, PlanModel model, Proposals proposals, MessageSource messages) {
        this.comparison = comparison;
        this.model = model;
        this.proposals = proposals;
        this.messages = messages;
    }

    /** The changes from {@code fromPlanId} (or, when null, the body's previous plan) to {@code toPlanId}. */
    public ChangeDocument document(UUID toPlanId, UUID fromPlanId) {
        UUID from = fromPlanId != null ? fromPlanId : comparison.previous(toPlanId).map(PlanSummary::id)
                .orElseThrow(() -> new DomainException("documents.changes.noPrevious"));
        if (from.equals(toPlanId)) {
            throw new DomainException("documents.changes.samePlan");
        }
        Comparison c = comparison.compare(from, toPlanId);
        Map<UUID, PlanEntry> byId = new HashMap<>();
        model.entries(from).forEach(e -> byId.put(e.id(), e));
        model.entries(toPlanId).forEach(e -> byId.put(e.id(), e));
        Map<UUID, Proposal> proposalsById = new HashMap<>();
        List<Proposal> toProposals = proposals.forPlan(toPlanId);
        toProposals.forEach(p -> proposalsById.put(p.id(), p));

        List<ChangeDocument.Group> groups = new ArrayList<>();
        List<ChangeDocument.CountRow> counts = new ArrayList<>();
        int g = 1;
        for (Object[] def : GROUPS) {
            String heading = (String) def[0];
            @SuppressWarnings("unchecked")
            List<ItemType> types = (List<ItemType>) def[1];
            List<ComparisonEntry> entries = c.entries().stream().filter(e -> types.contains(e.type())).toList();
            if (entries.isEmpty() && types.contains(ItemType.PERSPECTIVE)) {
                continue; // the deck's own three parts are always printed, even empty; the fourth only when it has content
            }
            List<ChangeDocument.Section> sections = new ArrayList<>();
            int s = 1;
            for (Change change : ORDER) {
                List<ChangeDocument.Item> items = entries.stream().filter(e -> e.change() == change)
                        .map(e -> item(e, c, byId, proposalsById, toProposals)).toList();
                sections.add(new ChangeDocument.Section(g + "." + s++, change, sectionHeading(change) + " (" + items.size() + ")", items));
            }
            groups.add(new ChangeDocument.Group(String.valueOf(g++), heading, types, sections));
            counts.add(new ChangeDocument.CountRow(heading, count(entries, Change.NEW), count(entries, Change.CHANGED),
                    count(entries, Change.REMOVED), count(entries, Change.CONTINUED)));
        }
        String target = "VP".equals(c.to().kind()) ? "VP-" + c.to().year() : c.to().title();
        String title = c.to().status().isDecided()
                ? "Ändringar av målsättningar, styrtal och uppdrag i " + target
                : "Förslag till ändringar av målsättningar, styrtal och uppdrag till " + target;
        String subtitle = "Jämfört med " + c.from().title() + " (" + c.from().bodyCode() + " " + c.from().years() + ")";
        return new ChangeDocument(c.from(), c.to(), title, subtitle, c.to().bodyName() + ", " + title, LocalDate.now(STOCKHOLM),
                groups, counts);
    }

    private static long count(List<ComparisonEntry> entries, Change change) {
        return entries.stream().filter(e -> e.change() == change).count();
    }

    private static String sectionHeading(Change change) {
        return switch (change) {
            case NEW -> "Nya";
            case CHANGED -> "Ändrade";
            case REMOVED -> "Borttagna";
            case CONTINUED -> "Oförändrade, fortsätter";
        };
    }

    private ChangeDocument.Item item(ComparisonEntry e, Comparison c, Map<UUID, PlanEntry> byId, Map<UUID, Proposal> proposalsById,
            List<Proposal> toProposals) {
        PlanEntry shown = e.to() != null ? e.to() : e.from();
        String label = label(shown);
        String previousLabel = e.from() != null && e.to() != null && e.renumbered() ? label(e.from()) : null;
        return new ChangeDocument.Item(e.change(), e.type(), label, previousLabel, shown.text(),
                e.change() == Change.CHANGED && e.from() != null ? e.from().text() : null, e.diff(),
                context(shown, byId), provenance(e, c, proposalsById, toProposals), e.renumbered(), e.targetChanged());
    }

    /** "Effektmål 5", "Fokusområde 4.2", "Uppdrag nr 27", "Styrtal": kind and number as printed, else what the item is. */
    static String label(PlanEntry e) {
        if (e.item().kind() != null && !e.item().kind().isBlank()) {
            return e.item().label();
        }
        String word = switch (e.type()) {
            case GOAL -> "Mål";
            case INDICATOR -> "Styrtal";
            case ASSIGNMENT -> "Uppdrag";
            case STRATEGY -> "Strategi";
            case PERSPECTIVE -> "Perspektiv";
            case ACTIVITY -> "Aktivitet";
        };
        String number = e.item().number() == null ? "" : e.item().number().strip();
        if (number.isEmpty()) {
            return word;
        }
        return number.toLowerCase(SWEDISH).startsWith("nr") ? word + " " + number : word + " nr " + number;
    }

    /** "Under: Fokusområde 4.1.1 Innovationsstöds- och …": the item's nearest parent, as printed. */
    static String context(PlanEntry e, Map<UUID, PlanEntry> byId) {
        PlanEntry parent = e.item().parentId() == null ? null : byId.get(e.item().parentId());
        if (parent == null) {
            return null;
        }
        return "Under: " + label(parent) + " – " + abbreviate(parent.text(), 90);
    }

    static String abbreviate(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, t.lastIndexOf(' ', max) > 20 ? t.lastIndexOf(' ', max) : max) + " …";
    }

    /** Where the item comes from, as far as the system knows: the proposal, the tag as printed, who issued it. */
    private String provenance(ComparisonEntry e, Comparison c, Map<UUID, Proposal> proposalsById, List<Proposal> toProposals) {
        List<String> parts = new ArrayList<>();
        if (e.to() != null) {
            PlanEntry t = e.to();
            if (t.proposalId() != null) {
                Proposal p = proposalsById.get(t.proposalId());
                parts.add(p != null ? proposalWords(p) : "Ändringsförslag nr " + t.proposalNumber() + ": " + t.proposalTitle());
            }
            if (t.item().tag() != null) {
                parts.add("Märkt i " + c.to().bodyCode() + " " + c.to().years() + ": ”" + t.item().tag() + "”");
            }
            if (t.item().issuer() != null) {
                parts.add("Utfärdat av " + issuer(t.item().issuer()));
            }
            if (t.assignee() != null && e.type() == ItemType.ASSIGNMENT) {
                parts.add("Mottagare: " + t.assignee());
            }
        } else {
            PlanEntry f = e.from();
            String text = normal(f.text());
            toProposals.stream().filter(p -> p.status() == Proposal.Status.ACCEPTED)
                    .filter(p -> p.changes().stream().anyMatch(ch -> ch.action() == Proposal.Action.REMOVE && ch.itemLabel() != null
                            && normal(ch.itemLabel()).endsWith(text)))
                    .findFirst().ifPresent(p -> parts.add("Borttagen genom " + proposalWords(p)));
        }
        if (e.from() != null && e.change() != Change.NEW) {
            PlanEntry f = e.from();
            String was = "Fanns i " + c.from().bodyCode() + " " + c.from().years() + decided(c.from());
            if (f.item().tag() != null) {
                was += ", märkt ”" + f.item().tag() + "”";
            }
            parts.add(was);
        }
        if (e.change() == Change.NEW && parts.isEmpty()) {
            parts.add("Ny i " + c.to().bodyCode() + " " + c.to().years() + "; systemet känner inget förslag den kommer från");
        }
        return String.join(" · ", parts);
    }

    private String proposalWords(Proposal p) {
        String status = switch (p.status()) {
            case ACCEPTED -> "antaget";
            case REJECTED -> "avslaget";
            case SUBMITTED -> "inlämnat";
        };
        return "Ändringsförslag nr " + p.number() + " från " + p.submitter() + " ("
                + messages.getMessage("proposal.submitterType." + p.submitterType(), null, p.submitterType().name(), SWEDISH).toLowerCase(SWEDISH)
                + ", " + status + "): " + p.title();
    }

    private static String decided(PlanSummary plan) {
        if (!plan.status().isDecided()) {
            return "";
        }
        if (plan.decision() == null) {
            return " (beslutad)";
        }
        var d = plan.decision();
        String words = Stream.of(d.date() == null ? null : d.date().toString(), d.body(), d.paragraph())
                .filter(s -> s != null && !s.isBlank()).reduce((a, b) -> a + " " + b).orElse("");
        return words.isEmpty() ? " (beslutad)" : " (beslutad " + words + ")";
    }

    String issuer(String code) {
        return messages.getMessage("issuer." + code, null, code, SWEDISH);
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
