package se.rodtrad.internalcontrol;

/** Regionövergripande (defined once by the region, in every body's plan) or nämndspecifik. */
public enum RiskScope {
    REGION_WIDE, BODY
}
