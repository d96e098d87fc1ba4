package se.rodtrad.meetings;

/**
 * A meeting's way: planned (the agenda is prepared, the notice sent) → opened (in session: attendance taken, items
 * decided one by one) → closed (every item handled; the minutes wait for justering) → adjusted (the chair and every
 * appointed adjuster signed; the minutes are final and the notice is on the notice board).
 */
public enum MeetingStatus {
    PLANNED, OPENED, CLOSED, ADJUSTED
}
