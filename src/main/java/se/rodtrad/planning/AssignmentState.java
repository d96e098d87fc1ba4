package se.rodtrad.planning;

import java.time.LocalDate;

/**
 * Where an assignment stands as work: {@link #LATE} ("försenat") when its deadline has passed and the latest report
 * does not close it; {@link #FINISHED} when the latest report says genomfört or avslutat/ej genomfört (an assignment
 * the body ended is no longer behind); {@link #OPEN} otherwise — not yet due, or with no deadline. The message key
 * {@code assignments.state.<STATE>} words it and {@code assignments.stateIcon.<STATE>} gives its icon (never colour alone).
 */
public enum AssignmentState {
    LATE, OPEN, FINISHED;

    /**
     * The named rule behind "försenat": the deadline is a date by which the work must be done, so an assignment is late
     * from the day after it, until a report closes it.
     */
    public static AssignmentState of(AssignmentWork work, AssignmentProgress.Reported latest, LocalDate today) {
        if (latest != null && latest.finished()) {
            return FINISHED;
        }
        if (work.deadline() != null && today.isAfter(work.deadline())) {
            return LATE;
        }
        return OPEN;
    }
}
