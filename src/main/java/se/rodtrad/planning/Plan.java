package se.rodtrad.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * A body's plan for a year (verksamhetsplan med budget, the regional development strategy or an action plan) with
 * its items — the aggregate root of planning.
 *
 * <p>Its life: a plan is made as a draft, empty or as a copy of an earlier plan of the body ({@link #draft}); it is
 * edited, put forward to the body ({@link #propose}) and possibly taken back ({@link #returnToDraft}); the body
 * decides it at a meeting ({@link #decide}), with the decision's date, body and §. A decided plan never changes
 * (DOMAIN.md: "Decided plans are immutable; change makes a new version"): {@link #revise} makes the next version, a
 * draft with the same items and the same lineage, and the decided one stays as it was. Every change is one of these
 * verbs, which check the plan's state; the events they register are published when {@code PlanStore} saves the
 * plan, in the same transaction, so the world learns of a change exactly when it is committed.
 *
 * <p>The items are held in document order with their place in the tree; an item is edited, added or removed only
 * through the plan, which keeps the order and the tree whole. Who may do what now is {@link #actions}
 * ({@link PlanActions}): the page asks it for its buttons, the verbs before they act.
 */
public final class Plan {

    /** An item as the plan holds it: its content, its place and what it serves outside the plan. */
    record Item(PlanItemId id, LineageId lineage, PlanItemId parent, ItemType type, String kind, String number, String text,
            String tag, String issuer, String assignee, String heading, String note, String section, Target target,
            List<Target> additionalTargets, String unit, String koladaId, int position, UUID proposalId, String source,
            List<Link> links, int version, Instant updatedAt, String updatedBy) {

        Item {
            additionalTargets = additionalTargets == null ? List.of() : List.copyOf(additionalTargets);
            links = links == null ? List.of() : List.copyOf(links);
        }

        Item at(int newPosition) {
            return new Item(id, lineage, parent, type, kind, number, text, tag, issuer, assignee, heading, note, section, target,
                    additionalTargets, unit, koladaId, newPosition, proposalId, source, links, version, updatedAt, updatedBy);
        }

        PlanItem view(PlanId plan) {
            return new PlanItem(id.value(), plan.value(), lineage.value(), parent == null ? null : parent.value(), type, kind, number, text,
                    tag, issuer, target, additionalTargets, unit, koladaId, position, version);
        }

        /** The same content in another plan: a new id, the same lineage, the parent as mapped. */
        Item copyInto(PlanItemId newId, PlanItemId newParent) {
            return new Item(newId, lineage, newParent, type, kind, number, text, tag, issuer, assignee, heading, note, section, target,
                    additionalTargets, unit, koladaId, position, null, source, links, 0, null, null);
        }
    }

    /** What an item serves outside its plan: a lineage (a RUS goal or priority area) and how (SERVES or ALSO). */
    record Link(LineageId lineage, String relation) {
    }

    /** The content a person sets on an item, validated and read by the application service. */
    record Content(String kind, String number, String text, String tag, Target target, List<Target> additionalTargets, String unit,
            String koladaId) {
    }

    /** A new item: what it is, where it goes and what it says. */
    record NewItem(PlanItemId parent, ItemType type, String kind, String number, String text, String tag, String issuer, Target target,
            LineageId lineage, UUID proposalId) {
    }

    private final PlanId id;
    private final String key;
    private final UUID bodyId;
    private final String bodyCode;
    private final String bodyName;
    private final int year;
    private final String title;
    private final String planningYears;
    private final String kind;
    private final String period;
    private final String note;
    private final String source;
    private final int revision;
    private final PlanId revises;
    private final String revisionReason;
    private PlanStatus status;
    private Decision decision;
    private UUID decisionId;
    private String caseNumber;
    private final int version;
    private final List<Item> items;
    private final List<LineageId> planLinks;
    private final Set<PlanItemId> changed = new LinkedHashSet<>();
    private final Set<PlanItemId> removed = new LinkedHashSet<>();
    private final List<Object> events = new ArrayList<>();

    Plan(PlanSummary header, List<Item> items, List<LineageId> planLinks) {
        this.id = new PlanId(header.id());
        this.key = header.key();
        this.bodyId = header.bodyId();
        this.bodyCode = header.bodyCode();
        this.bodyName = header.bodyName();
        this.year = header.year();
        this.title = header.title();
        this.planningYears = header.planningYears();
        this.kind = header.kind();
        this.period = header.period();
        this.note = header.note();
        this.source = header.source();
        this.revision = header.revision();
        this.revises = PlanId.of(header.revisesId());
        this.revisionReason = header.revisionReason();
        this.status = header.status();
        this.decision = header.decision();
        this.decisionId = header.decisionId();
        this.caseNumber = header.caseNumber();
        this.version = header.version();
        this.items = new ArrayList<>(items);
        this.items.sort(java.util.Comparator.comparingInt(Item::position));
        this.planLinks = List.copyOf(planLinks);
    }

    /**
     * A new draft plan for a body and year. With {@code from} it holds a copy of every item of that plan (the usual
     * way a new year or a revision begins), each keeping its lineage and what it serves.
     */
    static Plan draft(PlanId id, String key, UUID bodyId, String bodyCode, String bodyName, int year, String title, String planningYears,
            String kind, String period, String note, String source, int revision, PlanId revises, String revisionReason, Plan from) {
        PlanSummary header = new PlanSummary(id.value(), key, bodyId, bodyCode, bodyName, year, title, planningYears, PlanStatus.DRAFT, null,
                revision, source, kind, period, note, revises == null ? null : revises.value(), revisionReason, null, null, -1);
        List<Item> copied = new ArrayList<>();
        List<LineageId> links = List.of();
        if (from != null) {
            Map<PlanItemId, PlanItemId> newIds = new HashMap<>();
            for (Item i : from.items) {
                PlanItemId newId = new PlanItemId(UUID.randomUUID());
                newIds.put(i.id(), newId);
                copied.add(i.copyInto(newId, i.parent() == null ? null : newIds.get(i.parent())));
            }
            links = from.planLinks;
        }
        Plan plan = new Plan(header, copied, links);
        copied.forEach(i -> plan.changed.add(i.id()));
        return plan;
    }

    // --- the plan's life ---------------------------------------------------------------------------------------------

    /** What someone with these permissions on the plan's body may do with it now. */
    public PlanActions actions(Set<Permission> permissions) {
        return PlanActions.of(status, permissions);
    }

    /** Puts the draft forward to the body for decision. */
    void propose() {
        requireTransition(PlanStatus.PROPOSAL);
        status = PlanStatus.PROPOSAL;
        events.add(new PlanProposed(id, bodyId, year, title));
    }

    /** Takes a proposal back to draft, to be worked on again. */
    void returnToDraft() {
        requireTransition(PlanStatus.DRAFT);
        status = PlanStatus.DRAFT;
    }

    /**
     * The body decided the plan as proposed: the date, the body and the § of the minutes are all needed — a decision
     * that cannot be found in the minutes is no decision. {@code decisionId} is the meeting's decision when the plan
     * was decided through the minutes (null when entered by hand). A decided plan never moves again.
     */
    void decide(Decision proposed, UUID decisionId, LocalDate today) {
        requireTransition(PlanStatus.DECIDED);
        List<FieldError> errors = new ArrayList<>();
        if (proposed == null || proposed.date() == null) {
            errors.add(new FieldError("decisionDate", "validation.plan.decisionDate"));
        } else if (proposed.date().isAfter(today.plusYears(1))) {
            errors.add(new FieldError("decisionDate", "validation.plan.decisionDateFuture"));
        }
        String body = proposed == null ? null : se.rodtrad.shared.domain.Texts.trimToNull(proposed.body());
        String paragraph = proposed == null ? null : se.rodtrad.shared.domain.Texts.trimToNull(proposed.paragraph());
        if (body == null) {
            errors.add(new FieldError("decisionBody", "validation.plan.decisionBody"));
        } else if (body.length() > PlanEditing.MAX_SHORT) {
            errors.add(new FieldError("decisionBody", "validation.tooLong", "Beslutande organ", PlanEditing.MAX_SHORT));
        }
        if (paragraph == null) {
            errors.add(new FieldError("decisionParagraph", "validation.plan.decisionParagraph"));
        } else if (paragraph.length() > PlanEditing.MAX_SHORT) {
            errors.add(new FieldError("decisionParagraph", "validation.tooLong", "Paragraf", PlanEditing.MAX_SHORT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        status = PlanStatus.DECIDED;
        decision = new Decision(proposed.date(), body, paragraph);
        this.decisionId = decisionId;
        events.add(new PlanDecided(id, bodyId, year, kind, decision, decisionId));
    }

    /**
     * Files the plan under its case in the diary (diarienummer), by which the meeting's decision on the case will find
     * it; null takes it off. A decided plan keeps the case it was decided under.
     */
    void fileUnderCase(String caseNumber) {
        if (status.isDecided()) {
            throw new DomainException("plan.error.decided", title, bodyName);
        }
        this.caseNumber = caseNumber;
    }

    /**
     * A meeting's § decided the case the plan is filed under: a proposal becomes decided with the meeting's date, the
     * body and the §, pointing at the decision. Anything else (a draft not yet put forward, a plan already decided)
     * is left as it is — the decision is about the proposal the body had before it — and false says so.
     */
    boolean decideByMeeting(Decision decision, UUID meetingDecision, LocalDate today) {
        if (status != PlanStatus.PROPOSAL) {
            return false;
        }
        decide(decision, meetingDecision, today);
        return true;
    }

    /** Moves to {@code to} by the verb that belongs to it (the status form names the status, not the verb). */
    void moveTo(PlanStatus to, Decision proposed, LocalDate today) {
        if (to == null) {
            throw ValidationException.of("status", "validation.plan.statusRequired");
        }
        switch (to) {
            case PROPOSAL -> propose();
            case DRAFT -> returnToDraft();
            case DECIDED -> decide(proposed, null, today);
        }
    }

    /**
     * The next version of this decided plan: a draft under {@code newId} that holds every item with the same lineage,
     * pointing at this plan and saying why. This plan stays as it was and stays readable.
     */
    Plan revise(PlanId newId, String newKey, int newRevision, String reason) {
        if (!status.isDecided()) {
            throw new DomainException("plan.error.reviseNotDecided", title);
        }
        Plan next = draft(newId, newKey, bodyId, bodyCode, bodyName, year, title, planningYears, kind, period, note, source, newRevision, id,
                reason, this);
        next.events.add(new PlanRevised(newId, id, reason));
        return next;
    }

    private void requireTransition(PlanStatus to) {
        boolean possible = PlanActions.of(status, EnumSet.allOf(Permission.class)).transitions().contains(to);
        if (!possible) {
            throw new DomainException("plan.error.transition", statusWord(status), statusWord(to));
        }
    }

    private static DefaultMessageSourceResolvable statusWord(PlanStatus s) {
        return new DefaultMessageSourceResolvable("plan.status." + s.name());
    }

    /** Refuses with a message that names the plan and the way forward unless the plan's items may change. */
    void requireEditable() {
        if (status.isDecided()) {
            throw new DomainException("plan.error.decided", title, bodyName);
        }
    }

    // --- the items ---------------------------------------------------------------------------------------------------

    /**
     * Sets an item's content, as read at {@code readVersion}: when someone saved the item after that, the save is
     * refused with their version, so nothing is overwritten silently. An indicator keeps its further targets only
     * while its first target keeps its form — otherwise they no longer describe the text.
     */
    void editItem(PlanItemId itemId, int readVersion, Content c, UUID proposalId) {
        requireEditable();
        Item current = item(itemId);
        if (current.version() != readVersion) {
            throw new ConflictException(current.view(id), current.updatedBy(), current.updatedAt());
        }
        Target target = current.type() == ItemType.INDICATOR ? c.target() : current.target();
        List<Target> more = c.additionalTargets() != null ? c.additionalTargets()
                : target != null && current.target() != null && target.form() == current.target().form() ? current.additionalTargets() : List.of();
        String koladaId = current.type() == ItemType.INDICATOR ? c.koladaId() : current.koladaId();
        Item edited = new Item(current.id(), current.lineage(), current.parent(), current.type(), c.kind(), c.number(), c.text(), c.tag(),
                current.issuer(), current.assignee(), current.heading(), current.note(), current.section(), target, more, c.unit(), koladaId,
                current.position(), proposalId != null ? proposalId : current.proposalId(), current.source(), current.links(), current.version(),
                current.updatedAt(), current.updatedBy());
        items.set(items.indexOf(current), edited);
        changed.add(itemId);
    }

    /** Adds an item last under its parent (or last in the plan), with a lineage of its own; returns its id. */
    PlanItemId addItem(NewItem n) {
        requireEditable();
        int at = items.size();
        if (n.parent() != null) {
            Item parent = find(n.parent()).orElseThrow(() -> ValidationException.of("parentId", "validation.plan.parentNotInPlan"));
            List<Item> subtree = subtree(parent.id());
            at = items.indexOf(subtree.get(subtree.size() - 1)) + 1;
        }
        PlanItemId newId = new PlanItemId(UUID.randomUUID());
        items.add(at, new Item(newId, n.lineage(), n.parent(), n.type(), n.kind(), n.number(), n.text(), n.tag(), n.issuer(), null, null, null,
                null, n.target(), List.of(), null, null, at, n.proposalId(), null, List.of(), 0, null, null));
        renumber();
        changed.add(newId);
        return newId;
    }

    /**
     * Adds an item read from an imported document, last under its parent, with what the document printed beside it
     * (the recipient of an assignment, the heading above it, its section), the further targets its wording states and
     * where it was read ({@code source}, "Importerad från vp-2023.pdf, s. 7").
     */
    PlanItemId addImported(NewItem n, String assignee, String heading, String section, List<Target> additionalTargets, String source) {
        PlanItemId id = addItem(n);
        Item added = item(id);
        items.set(items.indexOf(added), new Item(added.id(), added.lineage(), added.parent(), added.type(), added.kind(), added.number(),
                added.text(), added.tag(), added.issuer(), assignee, heading, null, section, added.target(), additionalTargets, null, null,
                added.position(), null, source, List.of(), 0, null, null));
        return id;
    }

    /** Removes the item and everything under it, as read at {@code readVersion}; returns how many items went. */
    int removeItem(PlanItemId itemId, Integer readVersion) {
        requireEditable();
        Item current = item(itemId);
        if (readVersion != null && current.version() != readVersion) {
            throw new ConflictException(current.view(id), current.updatedBy(), current.updatedAt());
        }
        List<Item> gone = subtree(itemId);
        items.removeAll(gone);
        gone.forEach(i -> {
            removed.add(i.id());
            changed.remove(i.id());
        });
        renumber();
        return gone.size();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).position() != i) {
                items.set(i, items.get(i).at(i));
            }
        }
    }

    /** The item and its descendants in document order. */
    private List<Item> subtree(PlanItemId root) {
        List<Item> result = new ArrayList<>();
        Set<PlanItemId> inside = new HashSet<>();
        for (Item i : items) {
            if (i.id().equals(root) || (i.parent() != null && inside.contains(i.parent()))) {
                result.add(i);
                inside.add(i.id());
            }
        }
        return result;
    }

    private Item item(PlanItemId itemId) {
        return find(itemId).orElseThrow(() -> new NotFoundException("planpunkt", itemId.value()));
    }

    Optional<Item> find(PlanItemId itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    // --- what the store and readers see ------------------------------------------------------------------------------

    public PlanId id() {
        return id;
    }

    public PlanStatus status() {
        return status;
    }

    public UUID bodyId() {
        return bodyId;
    }

    public String title() {
        return title;
    }

    /** The plan's header as other modules see it (its version is the one it was read at). */
    public PlanSummary summary() {
        return new PlanSummary(id.value(), key, bodyId, bodyCode, bodyName, year, title, planningYears, status, decision, revision, source, kind,
                period, note, revises == null ? null : revises.value(), revisionReason, caseNumber, decisionId, version);
    }

    public List<PlanItem> items() {
        return items.stream().map(i -> i.view(id)).toList();
    }

    List<Item> itemRecords() {
        return Collections.unmodifiableList(items);
    }

    List<LineageId> planLinks() {
        return planLinks;
    }

    int version() {
        return version;
    }

    boolean isNew() {
        return version < 0;
    }

    UUID decisionId() {
        return decisionId;
    }

    Decision decision() {
        return decision;
    }

    String key() {
        return key;
    }

    String caseNumber() {
        return caseNumber;
    }

    /** Items added or changed since the plan was read (removed ones excluded). */
    Set<PlanItemId> changedItems() {
        return Collections.unmodifiableSet(changed);
    }

    Set<PlanItemId> removedItems() {
        return Collections.unmodifiableSet(removed);
    }

    /** The events registered since the plan was read, in order; a content change is told once, last. */
    List<Object> events() {
        List<Object> result = new ArrayList<>(events);
        if (!changed.isEmpty() || !removed.isEmpty()) {
            result.add(new PlanContentChanged(id, changed, removed));
        }
        return result;
    }

    /** Items by id, for the store's comparison with what it read. */
    Map<PlanItemId, Item> itemsById() {
        Map<PlanItemId, Item> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(i.id(), i));
        return m;
    }
}
