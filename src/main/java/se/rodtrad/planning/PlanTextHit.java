package se.rodtrad.planning;

import java.util.UUID;

/**
 * A plan item found by full-text search: its plan, what it is ({@code label} "Effektmål 5", empty when unnumbered), its
 * text, a snippet of the matching words (marked by {@link PlanTextSearch#START} and {@link PlanTextSearch#STOP}) and the
 * rank PostgreSQL gives it ({@code ts_rank}).
 */
public record PlanTextHit(PlanSummary plan, UUID itemId, ItemType type, String label, String text, String snippet, double rank) {
}
