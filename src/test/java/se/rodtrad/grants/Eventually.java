package se.rodtrad.grants;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for what an asynchronous module listener does: polls until the condition holds, or fails after a timeout. */
final class Eventually {

    private Eventually() {
    }

    static <T> T until(Supplier<T> value, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Väntade i 30 s utan att villkoret uppfylldes; sist: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        return last;
    }
}
