package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;

/**
 * The nämndsekreterare's work on the meetings of the bodies they prepare, as a start page lists it: an agenda to
 * prepare and publish before the meeting (the notice goes out with it); a meeting held whose minutes are not closed;
 * closed minutes waiting for justering by the deadline the meeting set. Overdue first, then by date.
 */
@Service
@Transactional(readOnly = true)
public class SecretaryTasks {

    /** What is to be done for a meeting, by when, and whether that day has passed. */
    public record Task(Kind kind, Meeting meeting, LocalDate due, boolean overdue) {
    }

    /** The message key {@code secretary.task.<KIND>} words it. */
    public enum Kind { PREPARE_AGENDA, KEEP_MINUTES, ADJUST_MINUTES }

    private final Meetings meetings;
    private final AccessPolicy access;

    SecretaryTasks(Meetings meetings, AccessPolicy access) {
        this.meetings = meetings;
        this.access = access;
    }

    /** The open tasks of every meeting of the bodies the current person prepares meetings for. */
    public List<Task> mine(LocalDate today) {
        List<Task> tasks = new ArrayList<>();
        for (Meeting m : meetings.meetings(null)) {
            if (!access.allows(Permission.PREPARE_MEETING, m.bodyId())) {
                continue;
            }
            switch (m.status()) {
                case PLANNED -> {
                    if (!m.isAgendaPublished()) {
                        tasks.add(new Task(Kind.PREPARE_AGENDA, m, m.date(), today.isAfter(m.date())));
                    } else if (!today.isBefore(m.date())) {
                        tasks.add(new Task(Kind.KEEP_MINUTES, m, m.date(), today.isAfter(m.date())));
                    }
                }
                case OPENED -> tasks.add(new Task(Kind.KEEP_MINUTES, m, m.date(), today.isAfter(m.date())));
                case CLOSED -> tasks.add(new Task(Kind.ADJUST_MINUTES, m, m.adjustmentDeadline() != null ? m.adjustmentDeadline() : m.date(),
                        m.adjustmentOverdue(today)));
                case ADJUSTED -> { }
            }
        }
        tasks.sort(Comparator.comparing((Task t) -> !t.overdue()).thenComparing(Task::due));
        return tasks;
    }
}
