package se.rodtrad.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan year's cycle (årshjul): its milestones in date order and the tasks people must deliver by a deadline
 * (seed 004: areas present at least three insatser and three utmaningar before the committee's first reading).
 */
public record Cycle(PlanSummary plan, List<Milestone> milestones) {

    public record Milestone(UUID id, int position, LocalDate date, String title, String description, String source, List<Task> tasks) {

        public boolean isPast(LocalDate today) {
            return date.isBefore(today);
        }
    }

    public record Entry(UUID id, EntryKind kind, UUID focusItemId, String focusLabel, String text, String createdBy, Instant createdAt) {
    }

    public enum EntryKind { ACTIVITY, CHALLENGE }

    /**
     * One unit's task. Delivered once submitted; it can only be submitted when it holds the minimum number of
     * activities and challenges. Overdue: not delivered and the deadline has passed.
     */
    public record Task(UUID id, UUID planId, UUID milestoneId, UUID unitId, String unitName, String title, String instruction, LocalDate due,
            int minActivities, int minChallenges, Instant submittedAt, String submittedBy, int version, List<Entry> entries) {

        public boolean isDelivered() {
            return submittedAt != null;
        }

        public boolean isOverdue(LocalDate today) {
            return !isDelivered() && due.isBefore(today);
        }

        public long activities() {
            return entries.stream().filter(e -> e.kind() == EntryKind.ACTIVITY).count();
        }

        public long challenges() {
            return entries.stream().filter(e -> e.kind() == EntryKind.CHALLENGE).count();
        }

        public boolean meetsMinimum() {
            return activities() >= minActivities && challenges() >= minChallenges;
        }

        /** Activities per focus area as printed or chosen ("–" when none is named), in order of appearance. */
        public Map<String, Long> activitiesByFocus() {
            Map<String, Long> m = new java.util.LinkedHashMap<>();
            entries.stream().filter(e -> e.kind() == EntryKind.ACTIVITY)
                    .forEach(e -> m.merge(e.focusLabel() == null ? "–" : e.focusLabel(), 1L, Long::sum));
            return m;
        }
    }

    public List<Task> tasks() {
        return milestones.stream().flatMap(m -> m.tasks().stream()).toList();
    }

    /** Who has not delivered: every task not yet submitted, the overdue first. */
    public List<Task> notDelivered(LocalDate today) {
        return tasks().stream().filter(t -> !t.isDelivered())
                .sorted(java.util.Comparator.comparing((Task t) -> !t.isOverdue(today)).thenComparing(Task::due)).toList();
    }
}
