package se.rodtrad.internalcontrol;

import java.time.Instant;

/**
 * A risk's assessment: probability and consequence on the 1–4 scales, the risk value (their product) and
 * its level. {@code exempeldata} marks an assessment the plan does not contain, made up for the demo.
 */
public record Assessment(int probability, int consequence, boolean exempeldata, String assessedBy, Instant assessedAt) {

    public Assessment {
        if (probability < 1 || probability > 4 || consequence < 1 || consequence > 4) {
            throw new IllegalArgumentException("Sannolikhet och konsekvens ska vara 1–4");
        }
    }

    public int value() {
        return probability * consequence;
    }

    public RiskLevel level() {
        return RiskLevel.of(value());
    }
}
