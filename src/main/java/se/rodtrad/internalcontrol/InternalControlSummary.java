package se.rodtrad.internalcontrol;

import java.util.UUID;
import se.rodtrad.planning.PlanSummary;

/** A plan that has an internal control plan, with counts for lists; {@code exempeldata} when any value shown is made up. */
public record InternalControlSummary(UUID id, PlanSummary plan, int risks, int regionWide, int assessed, boolean judged, boolean exempeldata) {
}
