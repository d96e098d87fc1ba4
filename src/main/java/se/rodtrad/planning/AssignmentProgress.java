package se.rodtrad.planning;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How far assignments have come, as reported at the plan's report occasions (delårsrapport 1 and 2,
 * verksamhetsberättelse). Planning knows the assignment, its owner and its deadline; the status per occasion is
 * reported in follow-up, which implements this so planning can tell which assignments are late without knowing
 * follow-up (the dependency runs one way).
 */
public interface AssignmentProgress {

    /**
     * The latest reported status of an assignment: the status as its name ({@code PAGAR}, {@code GENOMFORT} …; the
     * message key {@code followup.assignment.status.<status>} words it), the occasion it was reported at, and whether it
     * closes the assignment (genomfört, or avslutat without being carried out).
     */
    record Reported(UUID itemId, String status, ReportOccasion occasion, boolean finished, boolean exempeldata) {
    }

    /** The latest reported status of each of these assignments that has one. */
    Map<UUID, Reported> latest(Collection<UUID> itemIds);
}
