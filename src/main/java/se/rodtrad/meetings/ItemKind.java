package se.rodtrad.meetings;

/** An agenda item the body decides (with a proposed decision in att-clauses) or one it is informed of. */
public enum ItemKind {
    DECISION, INFORMATION
}
