package se.rodtrad.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginDelayTest {

    static final Instant NOW = Instant.parse("2026-11-18T09:00:00Z");

    @Test
    void the_first_failures_are_free_then_the_wait_doubles_up_to_fifteen_minutes() {
        assertThat(LoginDelay.growing(2, 3)).isZero();
        assertThat(LoginDelay.growing(3, 3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginDelay.growing(4, 3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginDelay.growing(8, 3)).isEqualTo(Duration.ofSeconds(32));
        assertThat(LoginDelay.growing(13, 3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginDelay.growing(10_000, 3)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_wait_counts_from_the_last_failure_and_ends() {
        LoginDelay delay = new LoginDelay(6, NOW.minusSeconds(3), 6, NOW.minusSeconds(3), 6);
        assertThat(delay.waitAt(NOW)).isEqualTo(Duration.ofSeconds(5));
        assertThat(delay.waitAt(NOW.plusSeconds(5))).isZero();
    }

    @Test
    void a_source_guessing_at_many_names_is_slowed_even_for_a_name_it_never_tried() {
        LoginDelay delay = new LoginDelay(0, null, 25, NOW.minusSeconds(1), 0);
        assertThat(delay.waitAt(NOW)).isEqualTo(Duration.ofSeconds(31));
    }

    @Test
    void a_name_guessed_at_from_everywhere_never_slows_a_source_that_has_not_failed_at_it() {
        assertThat(new LoginDelay(0, null, 0, null, 5_000).waitAt(NOW)).isZero();
        assertThat(new LoginDelay(1, NOW.minusSeconds(60), 1, NOW.minusSeconds(60), 5_000).waitAt(NOW))
                .isEqualTo(Duration.ofMinutes(14));
    }

    @Test
    void at_most_about_a_hundred_guesses_an_hour_at_one_name_from_one_source() {
        // guessing as fast as allowed: each guess right when the previous wait ended
        Instant t = NOW;
        int guesses = 0;
        while (t.isBefore(NOW.plus(Duration.ofHours(1)))) {
            guesses++;
            t = t.plus(LoginDelay.growing(guesses, LoginDelay.FREE_PER_NAME_AND_SOURCE));
        }
        assertThat(guesses).isLessThan(100);
    }
}
