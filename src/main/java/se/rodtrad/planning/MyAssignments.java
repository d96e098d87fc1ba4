package se.rodtrad.planning;

import java.util.List;

/**
 * The assignments on a person's start page and why they are there: {@link Focus#OWNED} — the open and late work of
 * the units the person is responsible for; {@link Focus#BEHIND} — what is late in the bodies the person follows.
 */
public record MyAssignments(Focus focus, List<AssignmentLine> lines) {

    public enum Focus { OWNED, BEHIND }

    public MyAssignments {
        lines = List.copyOf(lines);
    }
}
