package se.rodtrad.internalcontrol;

/**
 * What the body decides after assessing a risk. "Åtgärd: Hur verksamheten vill hantera de risker som inte
 * accepteras" — a treated risk gets actions and controls; an accepted risk needs a written reason.
 */
public enum RiskDecision {
    ACCEPT, TREAT
}
