package se.rodtrad.meetings;

import java.time.LocalDate;

/**
 * The dates of the notice that a body's minutes are adjusted. KL 8 kap. 12 §: the adjustment is announced on the
 * notice board (anslagstavlan) within two days after the justering, saying where the minutes are kept, and the notice
 * stays up at least until the time to appeal has run out. KL 13 kap. 5 §: an appeal (laglighetsprövning) must reach
 * the court within three weeks from the day the notice of the adjusted minutes went up. The product posts it the day
 * the last signature is given, so the appeal deadline is that day plus three weeks.
 */
public record NoticeBoardDates(LocalDate adjustedOn, LocalDate postedOn, LocalDate removeAfter, LocalDate appealDeadline) {

    /** Three weeks, KL 13 kap. 5 §. */
    public static final int APPEAL_DAYS = 21;
    /** At most two days after the justering, KL 8 kap. 12 §. */
    public static final int MAX_DAYS_TO_POST = 2;

    public static NoticeBoardDates postedOn(LocalDate adjustedOn, LocalDate postedOn) {
        if (postedOn.isBefore(adjustedOn) || postedOn.isAfter(adjustedOn.plusDays(MAX_DAYS_TO_POST))) {
            throw new IllegalArgumentException("Tillkännagivandet ska anslås inom två dagar efter justeringen (KL 8 kap. 12 §)");
        }
        LocalDate appeal = postedOn.plusDays(APPEAL_DAYS);
        // kept up at least three weeks and not taken down before the appeal period has run out
        return new NoticeBoardDates(adjustedOn, postedOn, appeal, appeal);
    }
}
