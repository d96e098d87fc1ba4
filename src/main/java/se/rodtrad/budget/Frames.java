package se.rodtrad.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The frame of a plan year and the allocation model: read it, calculate each area's new frame, enter the
 * areas' FTEs, project hours and last year's frames, record reductions and additions with their reasons.
 * Changes need {@link Permission#EDIT_BUDGET} for the plan's body and a plan not yet decided.
 */
@Service
@Transactional(readOnly = true)
public class Frames {

    private final FrameRepository frames;
    private final Plans plans;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final AllocationModel model = new AllocationModel();

    Frames(FrameRepository frames, Plans plans, Organisation organisation, AccessPolicy access) {
        this.frames = frames;
        this.plans = plans;
        this.organisation = organisation;
        this.access = access;
    }

    public Optional<Frame> frame(UUID planId) {
        return frames.findByPlan(plans.plan(planId).id());
    }

    public Optional<AllocationModel.Result> calculation(UUID planId) {
        return frame(planId).map(model::calculate);
    }

    /** Areas that can still be added to the calculation: the organisation's areas not yet in it. */
    public List<Unit> areaChoices(UUID planId) {
        Frame f = frame(planId).orElseThrow(() -> new NotFoundException("ramanslag", planId));
        // The areas of the administration(s) the calculation already covers; any area when it covers none yet.
        java.util.Set<UUID> administrations = new java.util.HashSet<>();
        for (Frame.AreaInput a : f.areas()) {
            administrations.add(organisation.unit(a.areaId()).parentId());
        }
        List<Unit> result = new ArrayList<>();
        for (Unit u : organisation.units()) {
            if (u.type() == UnitType.AREA && f.areas().stream().noneMatch(a -> a.areaId().equals(u.id()))
                    && (administrations.isEmpty() || administrations.contains(u.parentId()))) {
                result.add(u);
            }
        }
        result.sort((a, b) -> Texts.swedishOrder().compare(a.name(), b.name()));
        return result;
    }

    /** An area's inputs as typed. */
    public record AreaEntry(UUID areaId, String fte, String projectHours, String previousFrameKr) {
    }

    /**
     * Saves the areas' inputs in one transaction, or nothing: every figure that is not a number is named with its
     * area; a frame someone saved since it was read is refused with their version. Figures a person changes are
     * no longer example data.
     */
    @Transactional
    public Frame saveAreas(UUID planId, int version, List<AreaEntry> entries) {
        PlanSummary plan = plans.plan(planId);
        CurrentUser user = requireEditable(plan);
        Frame f = frames.findByPlan(plan.id()).orElseThrow(() -> new NotFoundException("ramanslag", planId));
        List<FieldError> errors = new ArrayList<>();
        List<Frame.AreaInput> changed = new ArrayList<>();
        for (AreaEntry e : entries) {
            Frame.AreaInput current = f.areas().stream().filter(a -> a.areaId().equals(e.areaId())).findFirst().orElse(null);
            if (current == null) {
                errors.add(new FieldError("areas", "alloc.validation.unknownArea"));
                continue;
            }
            BigDecimal fte = number(e.fte(), "area-" + e.areaId() + "-fte", current.areaName(), "alloc.fte", errors);
            BigDecimal hours = number(e.projectHours(), "area-" + e.areaId() + "-hours", current.areaName(), "alloc.projectHours", errors);
            BigDecimal previous = number(e.previousFrameKr(), "area-" + e.areaId() + "-previous", current.areaName(), "alloc.previousFrame", errors);
            if (fte == null || hours == null || previous == null) {
                continue;
            }
            if (fte.compareTo(current.fte()) != 0 || hours.compareTo(current.projectHours()) != 0 || previous.compareTo(current.previousFrameKr()) != 0) {
                changed.add(new Frame.AreaInput(current.areaId(), current.areaName(), fte, hours, previous, false));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (changed.isEmpty()) {
            return f;
        }
        claim(f, version, user, plan);
        changed.forEach(a -> frames.updateArea(f.id(), a));
        return frames.findByPlan(plan.id()).orElseThrow();
    }

    @Transactional
    public Frame addArea(UUID planId, int version, UUID areaId) {
        PlanSummary plan = plans.plan(planId);
        CurrentUser user = requireEditable(plan);
        Frame f = frames.findByPlan(plan.id()).orElseThrow(() -> new NotFoundException("ramanslag", planId));
        if (areaId == null) {
            throw ValidationException.of("areaId", "validation.required", "Område");
        }
        Unit area = organisation.unit(areaId);
        if (area.type() != UnitType.AREA) {
            throw ValidationException.of("areaId", "alloc.validation.notAnArea", area.name());
        }
        if (f.areas().stream().anyMatch(a -> a.areaId().equals(areaId))) {
            return f;
        }
        claim(f, version, user, plan);
        frames.insertArea(f.id(), f.areas().size() + 1, new Frame.AreaInput(areaId, area.name(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                false));
        return frames.findByPlan(plan.id()).orElseThrow();
    }

    /** Records a reduction (negative) or addition to the frame, for one area or the whole body, with its reason. */
    @Transactional
    public Frame addChange(UUID planId, int version, String amountKr, String reason, UUID areaId) {
        PlanSummary plan = plans.plan(planId);
        CurrentUser user = requireEditable(plan);
        Frame f = frames.findByPlan(plan.id()).orElseThrow(() -> new NotFoundException("ramanslag", planId));
        List<FieldError> errors = new ArrayList<>();
        BigDecimal amount = null;
        if (Texts.trimToNull(amountKr) == null) {
            errors.add(new FieldError("amount", "validation.required", "Belopp"));
        } else {
            amount = PrintedNumber.parseInput(amountKr).map(PrintedNumber::value).orElse(null);
            if (amount == null || amount.signum() == 0) {
                errors.add(new FieldError("amount", "alloc.validation.amount", amountKr.strip()));
            }
        }
        String why = Texts.trimToNull(reason);
        if (why == null) {
            errors.add(new FieldError("reason", "validation.required", "Motivering"));
        } else if (why.length() > Budgets.MAX_TEXT) {
            errors.add(new FieldError("reason", "validation.tooLong", "Motivering", Budgets.MAX_TEXT));
        }
        if (areaId != null && f.areas().stream().noneMatch(a -> a.areaId().equals(areaId))) {
            errors.add(new FieldError("area", "alloc.validation.unknownArea"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        claim(f, version, user, plan);
        frames.addChange(f.id(), frames.nextChangePosition(f.id()), amount.setScale(2), why, areaId, null, user.username());
        return frames.findByPlan(plan.id()).orElseThrow();
    }

    /** What the current person may do with this plan's budget now (the page's forms). */
    public BudgetActions actions(PlanSummary plan) {
        return new BudgetActions(canEdit(plan));
    }

    public boolean canEdit(PlanSummary plan) {
        return !plan.status().isDecided() && access.allows(Permission.EDIT_BUDGET, plan.bodyId());
    }

    private void claim(Frame f, int version, CurrentUser user, PlanSummary plan) {
        if (!frames.claim(f.id(), version, user.username())) {
            Frame theirs = frames.findByPlan(plan.id()).orElseThrow();
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
    }

    private CurrentUser requireEditable(PlanSummary plan) {
        CurrentUser user = access.require(Permission.EDIT_BUDGET, plan.bodyId());
        if (plan.status().isDecided()) {
            throw new DomainException("budget.error.planDecided", plan.title());
        }
        return user;
    }

    private static BigDecimal number(String text, String field, String area, String what, List<FieldError> errors) {
        String t = Texts.trimToNull(text);
        if (t == null) {
            return BigDecimal.ZERO;
        }
        Optional<PrintedNumber> n = PrintedNumber.parseInput(t).filter(p -> p.unit() == null || p.unit().equals("kr"));
        if (n.isEmpty() || n.get().value().signum() < 0) {
            errors.add(new FieldError(field, "alloc.validation.number", area, new org.springframework.context.support.DefaultMessageSourceResolvable(what), t));
            return null;
        }
        return n.get().value();
    }
}
