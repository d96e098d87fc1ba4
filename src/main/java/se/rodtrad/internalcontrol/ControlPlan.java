package se.rodtrad.internalcontrol;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * A plan's internal control plan (internkontrollplan, "del av verksamhetsplanen") — the aggregate root of the
 * internal control, holding its risks with their assessment and decision, their controls with the results per
 * report occasion, and the body's ISK judgement of the year (KL 6 kap. 6 §).
 *
 * <p>Its life follows the verksamhetsplan it belongs to. It is started ({@link #start}) for a body's verksamhetsplan,
 * and the year's region-wide risks come with it. While the verksamhetsplan is not decided the body plans its internal
 * control: adds its own risks ({@link #addRisk}) and actions ({@link #addAction}). A decided plan keeps the risks and
 * actions it was decided with; the assessment ({@link #assess}), the decision to accept or treat ({@link #decide}),
 * the controls of treated risks ({@link #addControl}, {@link #updateControl}), their results ({@link #recordResult})
 * and the judgement ({@link #judge}) are recorded against it during the year, because the plan prints none of them;
 * a new action then comes only from a deviation a control showed.
 *
 * <p>Saved whole by {@link InternalControlRepository#save}, each part under its own version — a risk, a control, a
 * result, the judgement — so that two people working on different risks never conflict, and a stale save is refused
 * with the other person's version. Who may do what now is {@link #allowedTransitions}; the page asks it for its
 * forms, the verbs refuse by the same rules.
 */
public final class ControlPlan {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 300;

    /** What a verb changed, in order, for the repository to save; each names the version it was checked against. */
    sealed interface Change {
    }

    record RegionRiskCarried(UUID regionRiskId) implements Change {
    }

    record RiskAdded(UUID riskId, String activity, String text, String requirement) implements Change {
    }

    record RiskChanged(Risk risk) implements Change {
    }

    record ActionAdded(UUID riskId, String text, String owner, LocalDate deadline, UUID originResultId) implements Change {
    }

    record ControlAdded(UUID riskId, String what, String how, String frequency, String responsible) implements Change {
    }

    record ControlChanged(UUID controlId, UUID riskId, int seenVersion, String what, String how, String frequency, String responsible)
            implements Change {
    }

    /** {@code existing}: the result recorded before at this occasion (null: none; then the save adds one). */
    record ResultRecorded(UUID controlId, UUID riskId, ReportOccasion occasion, ControlResultView existing, int seenVersion,
            ControlOutcome outcome, String result, String deviation) implements Change {
    }

    /** {@code seenVersion} null: no judgement was given when the person wrote theirs. */
    record Judged(Integer seenVersion, boolean sufficient, String reasons) implements Change {
    }

    private final ControlPlanId id;
    private final UUID planId;
    private final UUID bodyId;
    private final int year;
    private final String planTitle;
    private final String bodyName;
    private final boolean planDecided;
    private final boolean isNew;
    private final Map<UUID, Risk> risks = new LinkedHashMap<>();
    private final JudgementView judgement;
    private final List<Change> changes = new ArrayList<>();

    ControlPlan(ControlPlanId id, UUID planId, UUID bodyId, int year, String planTitle, String bodyName, boolean planDecided,
            List<Risk> risks, JudgementView judgement, boolean isNew) {
        this.id = Objects.requireNonNull(id);
        this.planId = planId;
        this.bodyId = bodyId;
        this.year = year;
        this.planTitle = planTitle;
        this.bodyName = bodyName;
        this.planDecided = planDecided;
        this.judgement = judgement;
        this.isNew = isNew;
        risks.forEach(r -> this.risks.put(r.id(), r));
    }

    /** The internal control plan as its verksamhetsplan stands (title, body, whether decided). */
    static ControlPlan of(ControlPlanId id, PlanSummary plan, List<Risk> risks, JudgementView judgement) {
        return new ControlPlan(id, plan.id(), plan.bodyId(), plan.year(), plan.title(), plan.bodyName(), plan.status().isDecided(), risks,
                judgement, false);
    }

    // --- who may do what -----------------------------------------------------------------------------------------------

    /**
     * Whether a plan may get an internal control plan: a body's verksamhetsplan (the internal control plan "är del av
     * verksamhetsplanen") that has none yet, for someone who edits the body's plans. Action plans and the RUS carry
     * none. PlanSummary has no plan kind yet, so the title as the documents print it decides.
     */
    static boolean mayStart(PlanSummary plan, boolean alreadyStarted, Set<Permission> permissions) {
        return plan.title() != null && plan.title().startsWith("Verksamhetsplan") && !alreadyStarted
                && permissions.contains(Permission.EDIT_PLAN);
    }

    /** What someone with these permissions on the body may do with the internal control plan now. */
    public InternalControlActions allowedTransitions(Set<Permission> permissions) {
        return actionsFor(planDecided, permissions);
    }

    /** The same answer without loading the internal control plan: it depends only on its verksamhetsplan's state. */
    static InternalControlActions actionsFor(boolean planDecided, Set<Permission> permissions) {
        return new InternalControlActions(permissions.contains(Permission.EDIT_PLAN), permissions.contains(Permission.REPORT), planDecided);
    }

    // --- the verbs ----------------------------------------------------------------------------------------------------

    /**
     * Starts the plan's internal control plan; the region-wide risks of the year come with it (in the order the region
     * defined them). A plan has at most one.
     */
    static ControlPlan start(PlanSummary plan, boolean alreadyStarted, List<UUID> regionRisksOfYear) {
        if (alreadyStarted) {
            throw new DomainException("ic.error.alreadyStarted", plan.title());
        }
        ControlPlan ic = new ControlPlan(new ControlPlanId(UUID.randomUUID()), plan.id(), plan.bodyId(), plan.year(), plan.title(),
                plan.bodyName(), plan.status().isDecided(), List.of(), null, true);
        regionRisksOfYear.forEach(r -> ic.changes.add(new RegionRiskCarried(r)));
        return ic;
    }

    /** A body's own risk; only while the plan is not decided (a decided plan keeps the risks it was decided with). */
    UUID addRisk(String activity, String text, String requirement) {
        requireNotDecided();
        List<FieldError> errors = new ArrayList<>();
        String a = text(errors, "activity", "ic.field.activity", activity, MAX_SHORT, true);
        String t = text(errors, "text", "ic.field.riskText", text, MAX_TEXT, true);
        String r = requirement(errors, requirement);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UUID riskId = UUID.randomUUID();
        risks.put(riskId, new Risk(riskId, id.value(), t, -1, null, null, false, null, null, false));
        changes.add(new RiskAdded(riskId, a, t, r));
        return riskId;
    }

    /** Sannolikhet × konsekvens, against the version of the risk the person saw. */
    void assess(UUID riskId, Integer seenVersion, Integer probability, Integer consequence) {
        Risk risk = risk(riskId);
        risk.expectVersion(seenVersion);
        risk.assess(probability, consequence);
        changes.add(new RiskChanged(risk));
    }

    /** Accept (a reason is required) or treat the risk; either needs an assessment. */
    void decide(UUID riskId, Integer seenVersion, RiskDecision decision, String reason) {
        Risk risk = risk(riskId);
        risk.expectVersion(seenVersion);
        if (decision == null) {
            throw ValidationException.of("decision", "ic.validation.decision");
        }
        switch (decision) {
            case ACCEPT -> risk.accept(reason);
            case TREAT -> risk.treat();
        }
        changes.add(new RiskChanged(risk));
    }

    /**
     * An action with owner and deadline. Added to a decided plan only as a consequence of a deviation found in the
     * follow-up ({@code originResultId}: a result of one of this risk's controls); otherwise only while the plan is not
     * decided.
     */
    void addAction(UUID riskId, String text, String owner, String deadline, UUID originResultId) {
        Risk risk = risk(riskId);
        if (originResultId == null) {
            requireNotDecided();
        } else if (risk.controls().stream().flatMap(c -> c.results().values().stream()).noneMatch(r -> r.id().equals(originResultId))) {
            boolean elsewhere = risks.values().stream().flatMap(r -> r.controls().stream()).flatMap(c -> c.results().values().stream())
                    .anyMatch(r -> r.id().equals(originResultId));
            if (!elsewhere) {
                throw new NotFoundException("kontrollresultat", originResultId);
            }
            throw new DomainException("ic.error.originOtherRisk");
        }
        List<FieldError> errors = new ArrayList<>();
        String t = text(errors, "text", "ic.field.actionText", text, MAX_TEXT, true);
        String o = text(errors, "owner", "ic.field.owner", owner, MAX_SHORT, false);
        LocalDate d = date(errors, "deadline", "ic.field.deadline", deadline);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        changes.add(new ActionAdded(riskId, t, o, d, originResultId));
    }

    /** A control of a treated risk: what is checked, how, how often and by whom. */
    void addControl(UUID riskId, String what, String how, String frequency, String responsible) {
        Risk risk = risk(riskId);
        if (!risk.isTreated()) {
            throw new DomainException("ic.error.controlNeedsTreatedRisk", risk.text());
        }
        List<FieldError> errors = new ArrayList<>();
        String[] v = controlFields(errors, what, how, frequency, responsible);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        changes.add(new ControlAdded(riskId, v[0], v[1], v[2], v[3]));
    }

    /** Rewrites a control, against the version the person saw; a person's words replace any exempeldata. */
    void updateControl(UUID controlId, Integer seenVersion, String what, String how, String frequency, String responsible) {
        ControlView control = control(controlId);
        List<FieldError> errors = new ArrayList<>();
        String[] v = controlFields(errors, what, how, frequency, responsible);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        changes.add(new ControlChanged(controlId, control.riskId(), seenVersion == null ? -1 : seenVersion, v[0], v[1], v[2], v[3]));
    }

    /**
     * What a control showed at a report occasion; a deviation must be described. The first result of an occasion is
     * recorded without a version; rewriting it needs the version the person saw. Someone who recorded the occasion's
     * result meanwhile wins, and the person sees theirs.
     */
    void recordResult(UUID controlId, ReportOccasion occasion, Integer seenVersion, ControlOutcome outcome, String resultText,
            String deviationText) {
        ControlView control = control(controlId);
        List<FieldError> errors = new ArrayList<>();
        if (occasion == null) {
            errors.add(new FieldError("occasion", "ic.validation.occasion"));
        }
        if (outcome == null) {
            errors.add(new FieldError("outcome", "ic.validation.outcome"));
        }
        String result = text(errors, "result", "ic.field.result", resultText, MAX_TEXT, true);
        String deviation = text(errors, "deviation", "ic.field.deviation", deviationText, MAX_TEXT, false);
        if (outcome == ControlOutcome.DEVIATION && deviation == null && errors.stream().noneMatch(e -> e.field().equals("deviation"))) {
            errors.add(new FieldError("deviation", "ic.validation.deviationRequired", control.what()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (outcome != ControlOutcome.DEVIATION) {
            deviation = null;
        }
        ControlResultView existing = control.result(occasion);
        if (seenVersion == null && existing != null) {
            throw new ConflictException(existing, existing.updatedBy(), existing.updatedAt());
        }
        if (seenVersion != null && existing == null) {
            throw new NotFoundException("kontrollresultat", controlId);
        }
        changes.add(new ResultRecorded(controlId, control.riskId(), occasion, existing, seenVersion == null ? -1 : seenVersion, outcome,
                result, deviation));
    }

    /** The body's ISK judgement for the year: sufficient or not, with reasons (KL 6 kap. 6 §). */
    void judge(Integer seenVersion, Boolean sufficient, String reasonsText) {
        List<FieldError> errors = new ArrayList<>();
        if (sufficient == null) {
            errors.add(new FieldError("sufficient", "ic.validation.sufficient"));
        }
        String reasons = text(errors, "reasons", "ic.field.reasons", reasonsText, MAX_TEXT, true);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (seenVersion == null && judgement != null) {
            throw new ConflictException(judgement, judgement.updatedBy(), judgement.updatedAt());
        }
        changes.add(new Judged(seenVersion, sufficient, reasons));
    }

    // --- state --------------------------------------------------------------------------------------------------------

    public ControlPlanId id() {
        return id;
    }

    public UUID planId() {
        return planId;
    }

    UUID bodyId() {
        return bodyId;
    }

    int year() {
        return year;
    }

    boolean isNew() {
        return isNew;
    }

    boolean hasRisk(UUID riskId) {
        return risks.containsKey(riskId);
    }

    /** What the verbs changed since the plan was loaded, in order. */
    List<Change> changes() {
        return Collections.unmodifiableList(changes);
    }

    private Risk risk(UUID riskId) {
        Risk risk = risks.get(riskId);
        if (risk == null) {
            throw new NotFoundException("risk", riskId);
        }
        return risk;
    }

    private ControlView control(UUID controlId) {
        return risks.values().stream().flatMap(r -> r.controls().stream()).filter(c -> c.id().equals(controlId)).findFirst()
                .orElseThrow(() -> new NotFoundException("kontroll", controlId));
    }

    private void requireNotDecided() {
        if (planDecided) {
            throw new DomainException("ic.error.planDecided", planTitle, bodyName);
        }
    }

    // --- the texts' rules ---------------------------------------------------------------------------------------------

    private static String[] controlFields(List<FieldError> errors, String what, String how, String frequency, String responsible) {
        return new String[] {
                text(errors, "what", "ic.field.what", what, MAX_TEXT, true),
                text(errors, "how", "ic.field.how", how, MAX_TEXT, true),
                text(errors, "frequency", "ic.field.frequency", frequency, MAX_SHORT, true),
                text(errors, "responsible", "ic.field.responsible", responsible, MAX_SHORT, true)};
    }

    /** A trimmed text, required or not, within its length limit; what is wrong is named with the field's label. */
    static String text(List<FieldError> errors, String field, String labelKey, String value, int max, boolean required) {
        String v = Texts.trimToNull(value);
        if (v == null && required) {
            errors.add(new FieldError(field, "validation.required", Labels.of(labelKey)));
        } else if (v != null && v.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", Labels.of(labelKey), max));
        }
        return v;
    }

    /** Which of the requirements c–e the risk threatens (a–b are intern styrning, not risks of a process). */
    static String requirement(List<FieldError> errors, String value) {
        String v = Texts.trimToNull(value);
        if (v == null) {
            return null;
        }
        v = v.toLowerCase(Locale.ROOT);
        if (!v.equals("c") && !v.equals("d") && !v.equals("e")) {
            errors.add(new FieldError("requirement", "ic.validation.requirement"));
            return null;
        }
        return v;
    }

    private static LocalDate date(List<FieldError> errors, String field, String labelKey, String value) {
        String v = Texts.trimToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "ic.validation.date", Labels.of(labelKey)));
            return null;
        }
    }
}
