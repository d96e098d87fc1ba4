package se.rodtrad.grants;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids that sort in the order they were made (UUID version 7: milliseconds first, then a counter and random bits). A
 * decision's id is also its source id in the body's report of delegated decisions, which lists decisions of the same
 * day in the order they were taken — the order the region's report prints them in.
 */
final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong LAST = new AtomicLong();

    private TimeOrderedIds() {
    }

    static UUID next() {
        long now = System.currentTimeMillis() << 12;
        long stamp = LAST.updateAndGet(last -> Math.max(last + 1, now));
        long millis = stamp >>> 12;
        long counter = stamp & 0xfff;
        long high = (millis << 16) | 0x7000L | counter;
        long low = (RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
