package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision taken under the body's delegation order (KL 6 kap. 37 §), reported to the body (KL 6 kap. 40 §): the
 * module that decided it publishes this, and the body's "Redovisning av delegationsbeslut" collects it. The fields
 * are the columns of that report as the region prints it: the reference (a diary number, or a Nyps id with
 * {@code referenceKind} "NypsID"), the support or decision type, the recipient, sector or priority, the owner's sex
 * (K, M or B, null when not printed), the municipality, the amount in kronor (null for a refusal), the outcome in
 * words ("Beviljat", "Avslag/Uppfyller ej villkor") and the delegate who decided. {@code sourceId} identifies the
 * decision in the publishing module, so a decision reported twice is kept once.
 */
public record DelegatedDecisionMade(
        UUID sourceId,
        String sourceModule,
        UUID bodyId,
        String delegationPoint,
        LocalDate decidedOn,
        String referenceKind,
        String reference,
        String decisionType,
        String recipient,
        String sector,
        String ownerSex,
        String municipality,
        Long amountKr,
        boolean granted,
        String outcomeText,
        String decidedBy,
        String decidedByTitle) {
}
