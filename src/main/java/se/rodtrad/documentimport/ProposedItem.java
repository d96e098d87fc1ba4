package se.rodtrad.documentimport;

import java.util.List;
import java.util.Map;
import se.rodtrad.planning.TargetDraft;

/**
 * One item the importer proposes, as read: what it is ({@code type}: PERSPECTIVE, GOAL, INDICATOR, ASSIGNMENT,
 * STRATEGY, TABLE for a budget table, RISK for a risk of the internal control plan, AGENDA_ITEM for a notice's item,
 * DELEGATED_DECISION for a row of a report of delegated decisions, kind = its support type, number = its Dnr or
 * NypsID), its kind as printed ("Effektmål", "Territoriellt mål"), number, text, origin tag ("FM 2026"), issuer and recipient, the group heading printed above
 * it, its parent (index in the proposal, -1 at the top), where it stands (page, first and last line), how sure the
 * reading is (0–100) and why it is read as this kind. Indicators carry a target read by planning's
 * {@link se.rodtrad.planning.TargetReading}; tables, agenda items and delegated decisions their content in {@code details}.
 */
public record ProposedItem(String type, String kind, String number, String text, String tag, String issuer, String assignee,
        String heading, String section, int parentIndex, int page, int firstLine, int lastLine, int confidence, String reason,
        TargetDraft target, List<TargetDraft> additionalTargets, String targetReason, Map<String, Object> details) {

    public ProposedItem {
        additionalTargets = additionalTargets == null ? List.of() : List.copyOf(additionalTargets);
        details = details == null ? Map.of() : details;
    }
}
