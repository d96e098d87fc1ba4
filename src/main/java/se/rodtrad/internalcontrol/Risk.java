package se.rodtrad.internalcontrol;

import java.util.UUID;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;

/**
 * A risk of a body's internal control plan, as the body assesses and decides it. The verbs check the rules
 * of the risk analysis: both scales are needed, 1–4 each; a decision needs an assessment; accepting a risk
 * needs a written reason ("Åtgärd: Hur verksamheten vill hantera de risker som inte accepteras").
 */
final class Risk {

    static final int MAX_REASON = 4000;

    private final UUID id;
    private final UUID icPlanId;
    private final String text;
    private int version;
    private final java.util.List<ControlView> controls;
    private Integer probability;
    private Integer consequence;
    private boolean assessmentExempeldata;
    private boolean reassessed;
    private RiskDecision decision;
    private String decisionReason;
    private boolean decisionExempeldata;

    Risk(UUID id, UUID icPlanId, String text, int version, Integer probability, Integer consequence, boolean assessmentExempeldata,
            RiskDecision decision, String decisionReason, boolean decisionExempeldata) {
        this(id, icPlanId, text, version, probability, consequence, assessmentExempeldata, decision, decisionReason, decisionExempeldata,
                java.util.List.of());
    }

    /** With its controls (each with its results per report occasion), as the internal control plan holds it. */
    Risk(UUID id, UUID icPlanId, String text, int version, Integer probability, Integer consequence, boolean assessmentExempeldata,
            RiskDecision decision, String decisionReason, boolean decisionExempeldata, java.util.List<ControlView> controls) {
        this.controls = java.util.List.copyOf(controls);
        this.id = id;
        this.icPlanId = icPlanId;
        this.text = text;
        this.version = version;
        this.probability = probability;
        this.consequence = consequence;
        this.assessmentExempeldata = assessmentExempeldata;
        this.decision = decision;
        this.decisionReason = decisionReason;
        this.decisionExempeldata = decisionExempeldata;
    }

    /** Sannolikhet × konsekvens. A person's assessment replaces any exempeldata. */
    void assess(Integer p, Integer c) {
        java.util.List<ValidationException.FieldError> errors = new java.util.ArrayList<>();
        if (p == null || p < 1 || p > 4) {
            errors.add(new ValidationException.FieldError("probability", "ic.validation.probability"));
        }
        if (c == null || c < 1 || c > 4) {
            errors.add(new ValidationException.FieldError("consequence", "ic.validation.consequence"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        probability = p;
        consequence = c;
        assessmentExempeldata = false;
        reassessed = true;
    }

    void accept(String reason) {
        requireAssessed();
        String r = Texts.trimToNull(reason);
        if (r == null) {
            throw ValidationException.of("reason", "ic.validation.acceptReason", text);
        }
        if (r.length() > MAX_REASON) {
            throw ValidationException.of("reason", "validation.tooLong", Labels.of("ic.field.reason"), MAX_REASON);
        }
        decision = RiskDecision.ACCEPT;
        decisionReason = r;
        decisionExempeldata = false;
    }

    void treat() {
        requireAssessed();
        decision = RiskDecision.TREAT;
        decisionReason = null;
        decisionExempeldata = false;
    }

    /**
     * The version of the risk the person saw; the save is checked against it, so a risk someone else saved
     * meanwhile is refused with their version (null: they saw none).
     */
    void expectVersion(Integer seen) {
        version = seen == null ? -1 : seen;
    }

    java.util.List<ControlView> controls() {
        return controls;
    }

    private void requireAssessed() {
        if (probability == null) {
            throw new DomainException("ic.error.notAssessed", text);
        }
    }

    boolean isTreated() {
        return decision == RiskDecision.TREAT;
    }

    UUID id() {
        return id;
    }

    UUID icPlanId() {
        return icPlanId;
    }

    String text() {
        return text;
    }

    int version() {
        return version;
    }

    Integer probability() {
        return probability;
    }

    Integer consequence() {
        return consequence;
    }

    boolean assessmentExempeldata() {
        return assessmentExempeldata;
    }

    boolean reassessed() {
        return reassessed;
    }

    RiskDecision decision() {
        return decision;
    }

    String decisionReason() {
        return decisionReason;
    }

    boolean decisionExempeldata() {
        return decisionExempeldata;
    }
}
