package se.rodtrad.planning;

import java.util.UUID;

/** A draft plan was put forward to its body for decision (status PROPOSAL). */
public record PlanProposed(PlanId planId, UUID bodyId, int year, String title) {
}
