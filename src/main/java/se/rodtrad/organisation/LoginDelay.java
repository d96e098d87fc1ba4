package se.rodtrad.organisation;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a login must wait after failed ones — a delay that grows, never a lock (OWASP ASVS 4.0.3 2.2.1: anti-automation
 * "effective at mitigating breached credential testing, brute force, and account lockout attacks"). Counted per name and
 * source address: the first {@value #FREE_PER_NAME_AND_SOURCE} failures are free (a typo, a caps lock), then each further
 * failure doubles the wait from one second up to {@link #MAX} — so a source gets at most about 70 guesses at one name in
 * its first hour and four an hour after that. One source guessing at many names (password spraying) is slowed the same
 * way after {@value #FREE_PER_SOURCE} failures in an hour. A source that has not failed for a name is never delayed for
 * it: the rightful person with the right password, from their own computer, always gets in, however many others guess.
 * Pure, so the rule is tested without a database ({@code LoginDelayTest}).
 */
record LoginDelay(int nameAndSourceFailures, Instant lastNameAndSourceFailure, int sourceFailures, Instant lastSourceFailure,
        int nameFailuresLastHour) {

    static final int FREE_PER_NAME_AND_SOURCE = 3;
    static final int FREE_PER_SOURCE = 20;
    /** Failures at one name in an hour, from every source, after which a source that failed at it waits the longest. */
    static final int NAME_PER_HOUR = 100;
    static final Duration MAX = Duration.ofMinutes(15);

    /** How long from {@code now} the next attempt must wait; zero when it may try now. */
    Duration waitAt(Instant now) {
        Duration wait = remaining(growing(nameAndSourceFailures, FREE_PER_NAME_AND_SOURCE), lastNameAndSourceFailure, now);
        wait = max(wait, remaining(growing(sourceFailures, FREE_PER_SOURCE), lastSourceFailure, now));
        if (nameFailuresLastHour >= NAME_PER_HOUR && nameAndSourceFailures > 0) {
            // many sources at one name (ASVS 2.2.1: at most 100 failed attempts an hour on one account): those that failed
            // at it wait the longest; a source that never failed at it is not touched
            wait = max(wait, remaining(MAX, lastNameAndSourceFailure, now));
        }
        return wait;
    }

    /** The delay after {@code failures}: none within the free ones, then 1 s, 2 s, 4 s … up to {@link #MAX}. */
    static Duration growing(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        return doublings >= 10 ? MAX : min(Duration.ofSeconds(1L << doublings), MAX);
    }

    private static Duration remaining(Duration delay, Instant last, Instant now) {
        if (delay.isZero() || last == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
