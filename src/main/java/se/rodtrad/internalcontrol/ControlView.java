package se.rodtrad.internalcontrol;

import se.rodtrad.planning.ReportOccasion;
import java.util.Map;
import java.util.UUID;

/** A control of a treated risk — what, how, how often, who — with its result per report occasion. */
public record ControlView(UUID id, UUID riskId, String what, String how, String frequency, String responsible, boolean exempeldata,
        int version, Map<ReportOccasion, ControlResultView> results) {

    public ControlResultView result(ReportOccasion occasion) {
        return results.get(occasion);
    }
}
