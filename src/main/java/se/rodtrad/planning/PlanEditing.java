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

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final Plans planReader;
    private final AccessPolicy access;
    private final Organisation organisation;
    private final KoladaCatalog kolada;

    PlanEditing(PlanRepository plans, PlanItemRepository items, Plans planReader, AccessPolicy access, Organisation organisation,
            KoladaCatalog kolada) {
        this.plans = plans;
        this.items = items;
        this.planReader = planReader;
        this.access = access;
        this.organisation = organisation;
        this.kolada = kolada;
    }

    public PlanItem updateItem(UpdateItem command) {
        PlanItemRepository.Row current = items.findById(command.itemId()).orElseThrow(() -> new NotFoundException("planpunkt", command.itemId()));
        PlanSummary plan = editablePlan(current.planId());
        CurrentUser user = access.require(Permission.EDIT_PLAN, plan.bodyId());
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
        // additional targets stay as they are unless the first target changed form: then they no longer describe the text
        List<Target> more = target != null && current.target() != null && target.form() == current.target().form()
                ? current.additionalTargets() : List.of();
        if (!items.updateContent(current.id(), command.version(), kind, number, text, tag, target, more, unit, koladaId, null, user.username())) {
            PlanItemRepository.Row theirs = items.findById(current.id()).orElseThrow(() -> new NotFoundException("planpunkt", current.id()));
            throw new ConflictException(theirs.item(), theirs.updatedBy(), theirs.updatedAt());
        }
        return items.findById(current.id()).orElseThrow().item();
    }

    public PlanItem addItem(AddItem command) {
        PlanSummary plan = editablePlan(command.planId());
        CurrentUser user = access.require(Permission.EDIT_PLAN, plan.bodyId());
        return items.findById(insert(plan, command, null, user.username())).orElseThrow().item();
    }

    /** Inserts a new item last under its parent, with a new lineage; used by editing and by accepted proposals. */
    UUID insert(PlanSummary plan, AddItem command, UUID proposalId, String user) {
        List<FieldError> errors = new ArrayList<>();
        if (command.type() == null) {
            errors.add(new FieldError("type", "validation.required", "Typ"));
        }
        String text = text(command.text(), errors);
        String number = shortText("number", "plan.field.number", command.number(), errors);
        String kind = shortText("kind", "plan.field.kind", command.kind(), errors);
        String tag = shortText("tag", "plan.field.tag", command.tag(), errors);
        Target target = null;
        if (command.type() == ItemType.INDICATOR) {
            target = TargetPolicy.parse(command.target(), groupCodes(), errors);
        }
        int position = (int) items.countByPlan(plan.id());
        if (command.parentId() != null) {
            PlanItemRepository.Row parent = items.findById(command.parentId()).orElse(null);
            if (parent == null || !parent.planId().equals(plan.id())) {
                errors.add(new FieldError("parentId", "validation.plan.parentNotInPlan"));
            } else {
                List<UUID> subtree = items.subtreeIds(parent.id());
                position = items.findById(subtree.get(subtree.size() - 1)).orElseThrow().position() + 1;
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        items.shift(plan.id(), position, 1);
        UUID lineage = items.lineage(newLineageKey(plan, text), command.type());
        UUID id = items.insert(new PlanItemRepository.NewItem(plan.id(), lineage, command.parentId(), command.type(), kind, number, text,
                tag, Texts.trimToNull(command.issuer()), null, null, null, null, target, List.of(), null, null, position, proposalId, null), user);
        plans.touch(plan.id(), user);
        return id;
    }

    /** Removes the item and everything under it. */
    public int removeItem(UUID itemId, int version) {
        PlanItemRepository.Row current = items.findById(itemId).orElseThrow(() -> new NotFoundException("planpunkt", itemId));
        PlanSummary plan = editablePlan(current.planId());
        CurrentUser user = access.require(Permission.EDIT_PLAN, plan.bodyId());
        if (current.version() != version) {
            throw new ConflictException(current.item(), current.updatedBy(), current.updatedAt());
        }
        return remove(plan, itemId, user.username());
    }

    int remove(PlanSummary plan, UUID itemId, String user) {
        int n = items.deleteSubtree(itemId);
        items.compact(plan.id());
        plans.touch(plan.id(), user);
        return n;
    }

    /**
     * Moves the plan along draft → proposal → decided (or back from proposal to draft). Deciding needs DECIDE_PLAN
     * and the decision's date, body and paragraph; the rest EDIT_PLAN. A decided plan never moves again.
     */
    public PlanSummary changeStatus(UUID planId, int version, PlanStatus to, Decision decision) {
        requireStatusChange(planId);
        PlanSummary plan = editablePlan(planId);
        PlanStatus from = plan.status();
        boolean allowed = (from == PlanStatus.DRAFT && to == PlanStatus.PROPOSAL) || (from == PlanStatus.PROPOSAL && to == PlanStatus.DECIDED)
                || (from == PlanStatus.PROPOSAL && to == PlanStatus.DRAFT);
        if (!allowed) {
            throw new DomainException("plan.error.transition", status(from), status(to));
        }
        CurrentUser user = access.require(to == PlanStatus.DECIDED ? Permission.DECIDE_PLAN : Permission.EDIT_PLAN, plan.bodyId());
        Decision recorded = null;
        if (to == PlanStatus.DECIDED) {
            List<FieldError> errors = new ArrayList<>();
            if (decision == null || decision.date() == null) {
                errors.add(new FieldError("decisionDate", "validation.plan.decisionDate"));
            } else if (decision.date().isAfter(LocalDate.now().plusYears(1))) {
                errors.add(new FieldError("decisionDate", "validation.plan.decisionDateFuture"));
            }
            String body = decision == null ? null : Texts.trimToNull(decision.body());
            String paragraph = decision == null ? null : Texts.trimToNull(decision.paragraph());
            if (body == null) {
                errors.add(new FieldError("decisionBody", "validation.plan.decisionBody"));
            }
            if (paragraph == null) {
                errors.add(new FieldError("decisionParagraph", "validation.plan.decisionParagraph"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            recorded = new Decision(decision.date(), body, paragraph);
        }
        if (!plans.updateStatus(planId, version, to, recorded, user.username())) {
            PlanSummary theirs = plans.findById(planId).orElseThrow();
            PlanRepository.Change change = plans.lastChange(planId);
            throw new ConflictException(theirs, change.by(), change.at());
        }
        return plans.findById(planId).orElseThrow();
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
        PlanSummary plan = planReader.plan(planId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, plan.bodyId());
        if (!plan.status().isDecided()) {
            throw new DomainException("plan.error.reviseNotDecided", plan.title());
        }
        String why = Texts.trimToNull(reason);
        if (why == null) {
            throw ValidationException.of("reason", "validation.plan.revisionReason");
        }
        if (why.length() > MAX_TEXT) {
            throw ValidationException.of("reason", "validation.tooLong", "Skäl", MAX_TEXT);
        }
        int revision = plans.maxRevision(plan.bodyId(), plan.year()) + 1;
        String base = plan.key().replaceAll("-v\\d+$", "");
        String key = uniqueKey(base + "-v" + revision);
        UUID id = plans.insert(key, plan.bodyId(), plan.year(), plan.title(), plan.planningYears(), PlanStatus.DRAFT, null, plan.source(),
                plan.kind(), plan.period(), plan.note(), revision, plan.id(), why, user.username());
        copyItems(plan.id(), id, user.username());
        return plans.findById(id).orElseThrow();
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
        String key = uniqueKey(slug(body.code()) + "-" + command.year());
        UUID id = plans.insert(key, body.id(), command.year(), title, Texts.trimToNull(command.planningYears()), PlanStatus.DRAFT, null, null,
                "VP", null, null, plans.maxRevision(body.id(), command.year()) + 1, null, null, user.username());
        if (source != null) {
            copyItems(source.id(), id, user.username());
        }
        return plans.findById(id).orElseThrow();
    }

    private void copyItems(UUID fromPlanId, UUID toPlanId, String user) {
        Map<UUID, UUID> newIds = new HashMap<>();
        List<PlanItemRepository.Row> rows = items.findByPlan(fromPlanId);
        for (PlanItemRepository.Row r : rows) {
            UUID id = items.insert(new PlanItemRepository.NewItem(toPlanId, r.lineageId(), r.parentId() == null ? null : newIds.get(r.parentId()),
                    r.type(), r.kind(), r.number(), r.text(), r.tag(), r.issuer(), r.assignee(), r.heading(), r.note(), r.section(), r.target(),
                    r.additionalTargets(), r.unit(), r.koladaId(), r.position(), null, r.source()), user);
            newIds.put(r.id(), id);
        }
        Map<UUID, List<ServesLink>> links = items.links(newIds.keySet());
        links.forEach((oldId, list) -> list.forEach(l -> items.link(newIds.get(oldId), l.lineageId(), l.relation())));
        items.planLinks(fromPlanId).forEach(l -> items.linkPlan(toPlanId, l.lineageId()));
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

    private static DefaultMessageSourceResolvable status(PlanStatus s) {
        return new DefaultMessageSourceResolvable("plan.status." + s.name());
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
