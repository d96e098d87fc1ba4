package se.rodtrad.internalcontrol;

/** A requirement of the ISK definition as the plan prints it ("c) Att verksamheten följer …"), with its group. */
public record RequirementText(String letter, String group, String text) {
}
