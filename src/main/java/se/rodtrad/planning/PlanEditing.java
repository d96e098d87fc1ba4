package se.rodtrad.planning;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.ComparisonGroup;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * Changing plans: an item's wording, number and target; adding and removing items; the plan's status from draft
 * through proposal to decided; a revision of a decided plan; a new plan for a year. Every use case checks the
 * permission for the plan's body and refuses a decided plan: it is immutable, a revision is the way to change it.
 */
@Service
@Transactional
public class PlanEditing {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 100;
    static final int MAX_CASE_NUMBER = 40;
    private static final java.util.regex.Pattern CASE_NUMBER = java.util.regex.Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ./:-]*$");

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final Plans planReader;
    private final AccessPolicy access;
    private final Organisation organisation;
    private final KoladaCatalog kolada;
    private final PlanStore store;

    PlanEditing(PlanRepository plans, PlanItemRepository items, Plans planReader, AccessPolicy access, Organisation organisation,
            KoladaCatalog kolada, PlanStore store) {
        this.store = store;
        this.plans = plans;
        this.items = items;
        this.planReader = planReader;
        this.access = access;
        this.organisation = organisation;
        this.kolada = kolada;
    }

    public PlanItem updateItem(UpdateItem command) {
        PlanItemRepository.Row current = items.findById(command.itemId()).orElseThrow(() -> new NotFoundException("planpunkt", command.itemId()));
        PlanSummary header = editablePlan(current.planId());
        CurrentUser user = access.require(Permission.EDIT_PLAN, header.bodyId());
        List<FieldError> errors = new ArrayList<>();
        String text = text(command.text(), errors);
        String number = shortText("number", "plan.field.number", command.number(), errors);
        String kind = shortText("kind", "plan.field.kind", command.kind(), errors);
        String tag = shortText("tag", "plan.field.tag", command.tag(), errors);
        String unit = shortText("unit", "plan.field.unit", command.unit(), errors);
        Target target = current.target();
        String koladaId = current.koladaId();
        if (current.type() == ItemType.INDICATOR) {
            target = TargetPolicy.parse(command.target(), groupCodes(), errors);
            koladaId = koladaId(command.koladaId(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Plan.Content content = new Plan.Content(kind, number, text, tag, target, null, unit, koladaId);
        PlanItemId itemId = new PlanItemId(current.id());
        act(new PlanId(current.planId()), user, plan -> {
            plan.editItem(itemId, command.version(), content, null);
            return null;
        });
        return items.findById(current.id()).orElseThrow().item();
    }

    public PlanItem addItem(AddItem command) {
        PlanSummary header = editablePlan(command.planId());
        CurrentUser user = access.require(Permission.EDIT_PLAN, header.bodyId());
        Plan.NewItem item = newItem(header, command, null);
        PlanItemId id = act(new PlanId(header.id()), user, plan -> plan.addItem(item));
        return items.findById(id.value()).orElseThrow().item();
    }

    /**
     * Reads an item to add as the person typed it (type, text, numbers, target), with a lineage of its own; refuses
     * with every field error at once. Used by editing and by accepted proposals.
     */
    Plan.NewItem newItem(PlanSummary plan, AddItem command, UUID proposalId) {
        List<FieldError> errors = new ArrayList<>();
        if (command.type() == null) {
            errors.add(new FieldError("type", "validation.required", "Typ"));
        }
        String text = text(command.text(), errors);
        String number = shortText("number", "plan.field.number", command.number(), errors);
        String kind = shortText("kind", "plan.field.kind", command.kind(), errors);
        String tag = shortText("tag", "plan.field.tag", command.tag(), errors);
        String issuer = shortText("issuer", "plan.field.issuer", command.issuer(), errors);
        Target target = null;
        if (command.type() == ItemType.INDICATOR) {
            target = TargetPolicy.parse(command.target(), groupCodes(), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LineageId lineage = new LineageId(items.lineage(newLineageKey(plan, text), command.type()));
        return new Plan.NewItem(PlanItemId.of(command.parentId()), command.type(), kind, number, text, tag, issuer, target, lineage, proposalId);
    }

    /** Removes the item and everything under it. */
    public int removeItem(UUID itemId, int version) {
        PlanItemRepository.Row current = items.findById(itemId).orElseThrow(() -> new NotFoundException("planpunkt", itemId));
        PlanSummary header = editablePlan(current.planId());
        CurrentUser user = access.require(Permission.EDIT_PLAN, header.bodyId());
        return act(new PlanId(current.planId()), user, plan -> plan.removeItem(new PlanItemId(itemId), version));
    }

    /**
     * Moves the plan along draft → proposal → decided (or back from proposal to draft). Deciding needs DECIDE_PLAN
     * and the decision's date, body and paragraph; the rest EDIT_PLAN. A decided plan never moves again. The
     * {@code version} is the plan's as the person read it: a plan saved by someone else since is not moved.
     */
    public PlanSummary changeStatus(UUID planId, int version, PlanStatus to, Decision decision) {
        requireStatusChange(planId);
        PlanSummary header = editablePlan(planId);
        CurrentUser user = access.require(to == PlanStatus.DECIDED ? Permission.DECIDE_PLAN : Permission.EDIT_PLAN, header.bodyId());
        Plan plan = store.find(new PlanId(planId)).orElseThrow(() -> new NotFoundException("plan", planId));
        if (plan.version() != version) {
            PlanRepository.Change change = plans.lastChange(planId);
            throw new ConflictException(plan.summary(), change.by(), change.at());
        }
        plan.moveTo(to, decision, LocalDate.now());
        try {
            store.save(plan, user.username());
        } catch (PlanStore.Stale e) {
            PlanRepository.Change change = plans.lastChange(planId);
            throw new ConflictException(plans.findById(planId).orElseThrow(), change.by(), change.at());
        }
        return plans.findById(planId).orElseThrow();
    }

    /**
     * Files the plan under its case in the diary (diarienummer, "19RS9687"; blank takes it off), as the person read
     * the plan at {@code version}: whoever may move the plan's status may, and a decided plan keeps the case it was
     * decided under. A meeting's decision on the case then decides the plan ({@link MeetingDecisions}).
     */
    public PlanSummary fileUnderCase(UUID planId, int version, String caseNumber) {
        CurrentUser user = requireStatusChange(planId);
        String n = Texts.trimToNull(caseNumber);
        if (n != null && n.length() > MAX_CASE_NUMBER) {
            throw ValidationException.of("caseNumber", "validation.tooLong", "Diarienummer", MAX_CASE_NUMBER);
        }
        if (n != null && !CASE_NUMBER.matcher(n).matches()) {
            throw ValidationException.of("caseNumber", "plan.validation.caseNumber", n);
        }
        Plan plan = store.find(new PlanId(planId)).orElseThrow(() -> new NotFoundException("plan", planId));
        if (plan.version() != version) {
            PlanRepository.Change change = plans.lastChange(planId);
            throw new ConflictException(plan.summary(), change.by(), change.at());
        }
        plan.fileUnderCase(n);
        try {
            store.save(plan, user.username());
        } catch (PlanStore.Stale e) {
            PlanRepository.Change change = plans.lastChange(planId);
            throw new ConflictException(plans.findById(planId).orElseThrow(), change.by(), change.at());
        }
        return plans.findById(planId).orElseThrow();
    }

    /**
     * A meeting's § decided the case the plan is filed under: the plan's own verb decides a proposal, as the system
     * ({@code actor} names the §); false when the plan was no proposal. Someone saving the plan at the same moment
     * makes it read the plan again and decide again.
     */
    boolean decideByMeeting(PlanId planId, Decision decision, UUID meetingDecision, String actor, LocalDate today) {
        return act(planId, actor, plan -> plan.decideByMeeting(decision, meetingDecision, today));
    }

    /** Refuses unless the current person may move the plan at all (EDIT_PLAN or DECIDE_PLAN for its body). */
    public CurrentUser requireStatusChange(UUID planId) {
        PlanSummary plan = planReader.plan(planId);
        CurrentUser user = access.currentUser();
        if (access.allows(user, Permission.DECIDE_PLAN, plan.bodyId())) {
            return user;
        }
        return access.require(Permission.EDIT_PLAN, plan.bodyId());
    }

    /**
     * A new version of a decided plan: revision + 1, pointing at the plan it revises and saying why, as a draft
     * holding a copy of every item with the same lineage. The decided version stays as it was and stays readable.
     */
    public PlanSummary revise(UUID planId, String reason) {
        PlanSummary header = planReader.plan(planId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, header.bodyId());
        Plan decided = store.find(new PlanId(planId)).orElseThrow(() -> new NotFoundException("plan", planId));
        if (!decided.status().isDecided()) {
            throw new DomainException("plan.error.reviseNotDecided", header.title());
        }
        String why = Texts.trimToNull(reason);
        if (why == null) {
            throw ValidationException.of("reason", "validation.plan.revisionReason");
        }
        if (why.length() > MAX_TEXT) {
            throw ValidationException.of("reason", "validation.tooLong", "Skäl", MAX_TEXT);
        }
        int revision = plans.maxRevision(header.bodyId(), header.year()) + 1;
        String base = header.key().replaceAll("-v\\d+$", "");
        Plan next = decided.revise(new PlanId(UUID.randomUUID()), uniqueKey(base + "-v" + revision), revision, why);
        store.save(next, user.username());
        return plans.findById(next.id().value()).orElseThrow();
    }

    /** A new draft plan for a body and year, empty or as a copy of an earlier plan of the same body. */
    public PlanSummary createPlan(CreatePlan command) {
        // the permission first, before the input is read: without a body only the unscoped administrator passes
        CurrentUser user = access.require(Permission.EDIT_PLAN, command.bodyId());
        if (command.bodyId() == null) {
            throw ValidationException.of("bodyId", "validation.required", "Organ");
        }
        List<FieldError> errors = new ArrayList<>();
        Unit body = organisation.unit(command.bodyId());
        if (!body.type().isPoliticalBody()) {
            errors.add(new FieldError("bodyId", "validation.plan.notABody", body.name()));
        }
        if (command.year() == null) {
            errors.add(new FieldError("year", "validation.required", "År"));
        } else if (command.year() < TargetPolicy.MIN_YEAR || command.year() > TargetPolicy.MAX_YEAR) {
            errors.add(new FieldError("year", "validation.target.yearRange", TargetPolicy.MIN_YEAR, TargetPolicy.MAX_YEAR));
        }
        String title = Texts.trimToNull(command.title());
        if (title == null) {
            errors.add(new FieldError("title", "validation.required", "Titel"));
        } else if (title.length() > MAX_TEXT) {
            errors.add(new FieldError("title", "validation.tooLong", "Titel", MAX_TEXT));
        }
        String planningYears = shortText("planningYears", "plan.field.planningYears", command.planningYears(), errors);
        PlanSummary source = null;
        if (command.copyFromPlanId() != null) {
            source = planReader.plan(command.copyFromPlanId());
            if (body != null && !source.bodyId().equals(body.id())) {
                errors.add(new FieldError("copyFromPlanId", "validation.plan.copyOtherBody", source.title(), source.bodyName()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Plan from = source == null ? null : store.find(new PlanId(source.id())).orElseThrow();
        Plan plan = Plan.draft(new PlanId(UUID.randomUUID()), uniqueKey(slug(body.code()) + "-" + command.year()), body.id(), body.code(),
                body.name(), command.year(), title, planningYears, "VP", null, null, null, plans.maxRevision(body.id(), command.year()) + 1, null,
                null, from);
        store.save(plan, user.username());
        return plans.findById(plan.id().value()).orElseThrow();
    }

    /**
     * A draft plan made from an imported document, whole or not at all: the header as {@link #createPlan} checks it,
     * then every item as editing checks it (texts and their limits, each indicator's target by {@link TargetPolicy}),
     * every refusal named with the item's place ("items[12].text"). The items keep the document's order and tree and
     * say where each was read. Saved in one go, so the world learns of the plan — {@link PlanContentChanged} — once.
     */
    public PlanSummary createFromImport(ImportedPlan imported) {
        CurrentUser user = access.require(Permission.EDIT_PLAN, imported.bodyId());
        if (imported.bodyId() == null) {
            throw ValidationException.of("bodyId", "validation.required", "Organ");
        }
        List<FieldError> errors = new ArrayList<>();
        Unit body = organisation.unit(imported.bodyId());
        if (!body.type().isPoliticalBody()) {
            errors.add(new FieldError("bodyId", "validation.plan.notABody", body.name()));
        }
        if (imported.year() == null) {
            errors.add(new FieldError("year", "validation.required", "År"));
        } else if (imported.year() < TargetPolicy.MIN_YEAR || imported.year() > TargetPolicy.MAX_YEAR) {
            errors.add(new FieldError("year", "validation.target.yearRange", TargetPolicy.MIN_YEAR, TargetPolicy.MAX_YEAR));
        }
        String title = Texts.trimToNull(imported.title());
        if (title == null) {
            errors.add(new FieldError("title", "validation.required", "Titel"));
        } else if (title.length() > MAX_TEXT) {
            errors.add(new FieldError("title", "validation.tooLong", "Titel", MAX_TEXT));
        }
        String planningYears = shortText("planningYears", "plan.field.planningYears", imported.planningYears(), errors);
        Set<String> groups = groupCodes();
        List<Object[]> read = new ArrayList<>();
        for (int i = 0; i < imported.items().size(); i++) {
            ImportedPlan.Item it = imported.items().get(i);
            List<FieldError> own = new ArrayList<>();
            if (it.type() == null) {
                own.add(new FieldError("type", "validation.required", "Typ"));
            }
            if (it.parentIndex() >= i) {
                own.add(new FieldError("parent", "validation.plan.parentNotInPlan"));
            }
            String text = text(it.text(), own);
            String number = shortText("number", "plan.field.number", it.number(), own);
            String kind = shortText("kind", "plan.field.kind", it.kind(), own);
            String tag = shortText("tag", "plan.field.tag", it.tag(), own);
            String issuer = shortText("issuer", "plan.field.issuer", it.issuer(), own);
            String assignee = longText("assignee", it.assignee(), own);
            String heading = longText("heading", it.heading(), own);
            String section = longText("section", it.section(), own);
            Target target = null;
            List<Target> more = new ArrayList<>();
            if (it.type() == ItemType.INDICATOR) {
                target = TargetPolicy.parse(it.target(), groups, own);
                for (TargetDraft d : it.additionalTargets()) {
                    Target t = TargetPolicy.parse(d, groups, own);
                    if (t != null) {
                        more.add(t);
                    }
                }
            }
            int index = i;
            own.forEach(f -> errors.add(new FieldError("items[" + index + "]." + f.field(), f.messageKey(), f.arguments().toArray())));
            read.add(new Object[] {text, number, kind, tag, issuer, assignee, heading, section, target, more});
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        PlanSummary header = new PlanSummary(null, null, body.id(), body.code(), body.name(), imported.year(), title, null, PlanStatus.DRAFT, null,
                0, null, "VP", null, null, null, null, null, null, -1);
        Plan plan = Plan.draft(new PlanId(UUID.randomUUID()), uniqueKey(slug(body.code()) + "-" + imported.year() + "-import"), body.id(),
                body.code(), body.name(), imported.year(), title, planningYears, "VP", null, null, Texts.trimToNull(imported.source()),
                plans.maxRevision(body.id(), imported.year()) + 1, null, null, null);
        List<PlanItemId> ids = new ArrayList<>();
        for (int i = 0; i < imported.items().size(); i++) {
            ImportedPlan.Item it = imported.items().get(i);
            Object[] r = read.get(i);
            LineageId lineage = new LineageId(items.lineage(newLineageKey(header, (String) r[0]), it.type()));
            PlanItemId parent = it.parentIndex() < 0 ? null : ids.get(it.parentIndex());
            @SuppressWarnings("unchecked")
            List<Target> more = (List<Target>) r[9];
            ids.add(plan.addImported(new Plan.NewItem(parent, it.type(), (String) r[2], (String) r[1], (String) r[0], (String) r[3], (String) r[4],
                    (Target) r[8], lineage, null), (String) r[5], (String) r[6], (String) r[7], more, Texts.trimToNull(it.source())));
        }
        store.save(plan, user.username());
        return plans.findById(plan.id().value()).orElseThrow();
    }

    private static String longText(String field, String input, List<FieldError> errors) {
        String s = Texts.trimToNull(input);
        if (s != null && s.length() > MAX_TEXT) {
            errors.add(new FieldError(field, "validation.tooLong", field, MAX_TEXT));
        }
        return s;
    }

    /**
     * Loads the plan, lets {@code action} act on it through its verbs and saves it whole. When someone saved the plan
     * in between (its version moved; nothing of this save was written) it reads the plan again and acts again: the
     * action's own checks — the item's version as the person read it — decide whether that is still right.
     */
    <T> T act(PlanId id, CurrentUser user, java.util.function.Function<Plan, T> action) {
        return act(id, user.username(), action);
    }

    private <T> T act(PlanId id, String actor, java.util.function.Function<Plan, T> action) {
        for (int attempt = 1; ; attempt++) {
            Plan plan = store.find(id).orElseThrow(() -> new NotFoundException("plan", id.value()));
            T result = action.apply(plan);
            try {
                store.save(plan, actor);
                return result;
            } catch (PlanStore.Stale e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Refuses unless the current person may change this plan's content now (EDIT_PLAN for its body, plan not decided). */
    public CurrentUser requireEditable(UUID planId) {
        PlanSummary plan = planReader.plan(planId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, plan.bodyId());
        editablePlan(planId);
        return user;
    }

    /** The plan, unless it is decided: then a clear refusal that names the plan and the way forward. */
    PlanSummary editablePlan(UUID planId) {
        PlanSummary plan = planReader.plan(planId);
        if (plan.status().isDecided()) {
            throw new DomainException("plan.error.decided", plan.title(), plan.bodyName());
        }
        return plan;
    }

    private Set<String> groupCodes() {
        return organisation.comparisonGroups().stream().map(ComparisonGroup::code).collect(Collectors.toSet());
    }

    private String koladaId(String input, List<FieldError> errors) {
        String id = Texts.trimToNull(input);
        if (id == null) {
            return null;
        }
        return kolada.kpi(id).map(KoladaKpi::id).orElseGet(() -> {
            errors.add(new FieldError("koladaId", "validation.plan.koladaUnknown", id));
            return null;
        });
    }

    private static String text(String input, List<FieldError> errors) {
        String text = Texts.trimToNull(input);
        if (text == null) {
            errors.add(new FieldError("text", "validation.required", "Lydelse"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "validation.tooLong", "Lydelse", MAX_TEXT));
        }
        return text == null ? null : text.replaceAll("\\s+", " ");
    }

    private static String shortText(String field, String labelKey, String input, List<FieldError> errors) {
        String s = Texts.trimToNull(input);
        if (s != null && s.length() > MAX_SHORT) {
            errors.add(new FieldError(field, "validation.tooLong", new DefaultMessageSourceResolvable(labelKey), MAX_SHORT));
        }
        return s;
    }

    private String newLineageKey(PlanSummary plan, String text) {
        String words = slug(text == null ? "punkt" : text);
        if (words.length() > 40) {
            words = words.substring(0, 40).replaceAll("-[^-]*$", "");
        }
        String base = slug(plan.bodyCode()) + "-" + words;
        String key = base;
        for (int i = 2; items.lineageKeyExists(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }

    private String uniqueKey(String base) {
        String key = base;
        for (int i = 2; plans.keyExists(key); i++) {
            key = base + "-" + i;
        }
        return key;
    }

    static String slug(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
