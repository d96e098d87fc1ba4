package se.rodtrad.grants;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Mobility support and regionbidrag to folk high schools for a year: the rates (SKR's recommendation as decided or
 * proposed, the regions that pay less and get the lower rate back under the reciprocity principle), the schools, and per
 * school and participants' home region the participant weeks and what they cost or bring in; the year's cost against
 * its budget. Amounts in öre.
 */
public record Mobility(int year, String status, String caseNumber, String paragraph, Integer mobilityRate, Integer regionRate, List<Rate> reciprocity,
        List<Row> rows, long mobilityCost, long regionContributionCost, long income, long cost, Long budget, boolean budgetApproximate,
        String budgetText, Long deviation, boolean exempeldata, String source) {

    public record Rate(String regionCode, String regionName, int rateKr, boolean exempeldata) {
    }

    /**
     * One school and home region: the weeks, which support it is (MOBILITY: a school outside the county for our residents;
     * REGION_CONTRIBUTION: a movement-owned school in the county; OWN: the region's own school, outside this support;
     * INCOMING: residents of another region at a school in the county), the rate applied and why, and the amount.
     */
    public record Row(UUID weeksId, UUID schoolId, String school, String schoolRegion, String owner, String homeRegionCode, String homeRegion,
            BigDecimal weeks, String kind, Integer rateKr, String rateReason, long amount, boolean exempeldata, int version) {
    }
}
