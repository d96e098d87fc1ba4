package se.rodtrad.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The frame (ramanslag netto) a body receives for a plan year from fullmäktige, how it was reached — last
 * year's frame, the uprating by index and its split into salary, payroll overhead (PO) and price, reductions
 * and additions with their reasons — and the resource allocation model's parameters for the year (per-FTE
 * allowances, project-financed hours per FTE, sick-pay deduction, central reserves) with each area's inputs.
 * Amounts in kronor, exact; any of them may be unknown (null) when the document does not print it.
 */
public record Frame(
        UUID id,
        UUID planId,
        BigDecimal netFrameKr,
        BigDecimal previousNetFrameKr,
        BigDecimal indexPercent,
        BigDecimal indexAmountKr,
        BigDecimal salaryPercent,
        BigDecimal salaryAmountKr,
        BigDecimal poPercent,
        BigDecimal poAmountKr,
        BigDecimal pricePercent,
        BigDecimal priceAmountKr,
        BigDecimal hoursPerFte,
        BigDecimal sickPayPercent,
        Boolean generalReduction,
        String note,
        String source,
        List<Change> changes,
        List<Allowance> allowances,
        List<Reserve> reserves,
        List<AreaInput> areas,
        int version,
        Instant updatedAt,
        String updatedBy) {

    public Frame {
        changes = List.copyOf(changes);
        allowances = List.copyOf(allowances);
        reserves = List.copyOf(reserves);
        areas = List.copyOf(areas);
    }

    /** A reduction (negative) or addition to the frame with its reason; for one area or the whole body. */
    public record Change(UUID id, BigDecimal amountKr, String reason, UUID areaId, String areaName, String source) {
    }

    /** A per-FTE allowance ("Schablonanslag 16 503 kr/åa"). */
    public record Allowance(String name, BigDecimal krPerFte) {
    }

    /** A reserve kept centrally ("Planeringsreserv 3,0 mnkr"). */
    public record Reserve(String name, BigDecimal amountKr) {
    }

    /**
     * What a controller enters per area: FTEs (årsarbetare), hours financed by projects, last year's frame.
     * {@code exampleData}: the figures are not from a document and are shown as "exempeldata".
     */
    public record AreaInput(UUID areaId, String areaName, BigDecimal fte, BigDecimal projectHours, BigDecimal previousFrameKr,
            boolean exampleData) {
    }

    public BigDecimal allowancePerFte() {
        return allowances.stream().map(Allowance::krPerFte).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal reservesKr() {
        return reserves.stream().map(Reserve::amountKr).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean hasAllocationModel() {
        return hoursPerFte != null || salaryAmountKr != null || !allowances.isEmpty();
    }
}
