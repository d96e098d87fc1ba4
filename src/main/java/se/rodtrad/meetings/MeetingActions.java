package se.rodtrad.meetings;

/**
 * What someone may do with a meeting of a body: prepare it — the meeting itself, its agenda, notice and what
 * happens at the session — when they prepare the body's meetings ({@code Permission.PREPARE_MEETING}). The meeting's
 * pages show their forms by this answer; {@link Meetings} refuses by the same rule.
 */
public record MeetingActions(boolean mayPrepare) {
}
