package se.rodtrad.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-18T09:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void five_failures_lock_the_account_until_the_window_has_passed() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.recordFailure("Controller");
        }
        assertThat(throttle.isBlocked("controller")).isFalse();
        throttle.recordFailure("controller");
        assertThat(throttle.isBlocked("controller")).isTrue();
        assertThat(throttle.isBlocked("admin")).isFalse();
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked("controller")).isFalse();
    }

    @Test
    void a_successful_login_clears_the_count() {
        LoginThrottle throttle = new LoginThrottle(new MovableClock());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.recordFailure("sekreterare");
        }
        throttle.recordSuccess("sekreterare");
        throttle.recordFailure("sekreterare");
        assertThat(throttle.isBlocked("sekreterare")).isFalse();
    }
}
