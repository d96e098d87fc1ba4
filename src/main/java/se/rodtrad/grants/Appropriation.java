package se.rodtrad.grants;

import java.util.List;

/**
 * The appropriation of a year as the steering decision in force splits it, live: per part its amount as decided and as
 * changed by reallocations during the year (öre, null when the decision states none), what has been decided, paid and
 * is left, and how many decisions. {@code steering} is null when no steering decision covers the year.
 */
public record Appropriation(int year, SteeringDecision steering, List<Part> parts) {

    public record Part(String code, String name, String fundCode, Long printedAmount, Long amount, boolean atMost, long decided, long paid,
            Long remaining, int decisions) {

        public boolean overrun() {
            return remaining != null && remaining < 0;
        }
    }
}
