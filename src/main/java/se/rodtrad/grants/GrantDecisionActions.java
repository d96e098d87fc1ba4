package se.rodtrad.grants;

/**
 * What someone may do with a grant decision now: register a payment or an advance (förordning 2003:596 11 §) once
 * the grant is granted, when they manage the body's grants. The decision's page shows its payment form by this
 * answer; {@link GrantRegister#pay} refuses by the same rule.
 */
public record GrantDecisionActions(boolean mayPay) {
}
