package se.rodtrad.planning;

import java.util.List;

/**
 * What other modules contribute to an item's röd tråd: the grants, projects and other decisions that say they serve the
 * goal (by the item's lineage key, so a goal that lives on across years keeps what served it). Planning knows nothing of
 * those modules; each implements this and the röd tråd page lists what they return, with amounts.
 */
public interface ThreadContributions {

    /**
     * One contribution: what kind, as a message key ({@code thread.contribution.kind.project}), its title, reference
     * (Dnr), recipient, the amount in öre (null when none), its status as a message key with its arguments (the page
     * says it in the reader's language), a link to it, and a note on how it serves the item.
     */
    record Contribution(String kindKey, String title, String reference, String recipient, Long amountOre, String statusKey,
            List<Object> statusArgs, String href, String note) {
    }

    /** The contributions to the item with this lineage key, in the order they should be shown. */
    List<Contribution> contributionsTo(String lineageKey);

    /**
     * The change counter scope of the module contributing ({@code ChangeCounters}): the röd tråd page keeps what it
     * lists while the scope's counter stays.
     */
    String changeScope();
}
