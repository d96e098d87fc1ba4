package se.rodtrad.planning;

import se.rodtrad.shared.domain.Paged;
import java.util.List;
import se.rodtrad.organisation.Unit;

/**
 * One page of the plans a reader may see (the public: the decided ones), of one organisation (a region or a municipality) or of all: a list an
 * installation with every municipality's plans (tens of thousands) can still answer in one request.
 *
 * @param organisation the organisation the plans belong to; {@code null} for every organisation
 * @param page         the page, from 0
 * @param size         plans per page
 * @param total        plans in all pages
 */
public record PlanPage(Unit organisation, List<PlanSummary> plans, int page, int size, long total) implements Paged {
}
