package se.rodtrad.budget;

/** A group of savings measures as the document describes it: the measures and their consequences. */
public record SavingsGroup(String name, String measure, String consequence, String sourceLines) {
}
