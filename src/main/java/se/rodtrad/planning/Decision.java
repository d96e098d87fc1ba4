package se.rodtrad.planning;

import java.time.LocalDate;

/** Who decided a plan, when, and under which paragraph of the minutes ("§ 103"); parts may be unknown. */
public record Decision(LocalDate date, String body, String paragraph) {
}
