package se.rodtrad.budget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The resource allocation model of seed 004 as a worked calculation: each area's new frame from its FTEs,
 * project-financed hours and last year's frame, with every step kept so a person can follow each krona.
 *
 * <p>The deck prints the parameters, not the formula; this is the product's reading of them, stated on the page:
 * <ol>
 * <li>Project-financed FTEs = project hours ÷ hours per FTE (1 720); frame-financed FTEs = FTEs − those.</li>
 * <li>The salary part (2,5 mnkr) and the PO part (0,9 mnkr) of the uprating are shared by frame-financed FTEs.</li>
 * <li>The sick-pay deduction (4 %) is taken from each area's salary and PO uprating and kept centrally.</li>
 * <li>The price part (1,2 mnkr) is shared by last year's frames.</li>
 * <li>Reductions and additions named for an area are added to it.</li>
 * <li>Of the new frame, frame-financed FTEs × the per-FTE allowances (33 006 kr) is meant for schablon, travel,
 * training and other costs ("varav").</li>
 * </ol>
 * Shares are paid in whole kronor by the largest-remainder method, so each part adds up to exactly its pot.
 * The reconciliation sets the areas' new frames, the central sick-pay deduction and the reserves against the
 * net frame and says what is left to allocate (or allocated too much).
 */
public final class AllocationModel {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One step of the calculation: a sentence from the bundles with its figures, and the amount it adds (may be null). */
    public record Step(String messageKey, List<Object> arguments, BigDecimal amountKr) {

        public Step {
            arguments = List.copyOf(arguments);
        }
    }

    public record AllowanceShare(String name, BigDecimal kr) {
    }

    public record AreaResult(Frame.AreaInput input, BigDecimal projectFte, BigDecimal frameFte, BigDecimal salaryKr, BigDecimal poKr,
            BigDecimal sickPayKr, BigDecimal priceKr, BigDecimal changesKr, BigDecimal newFrameKr, List<AllowanceShare> allowances,
            BigDecimal allowancesKr, List<Step> steps) {

        public BigDecimal upratingKr() {
            return salaryKr.add(poKr).subtract(sickPayKr).add(priceKr);
        }
    }

    /**
     * The frame's build-up (last year's frame + uprating + body-level changes against the net frame) and the
     * allocation's reconciliation against the net frame.
     */
    public record Reconciliation(BigDecimal previousFramesKr, BigDecimal upratingToAreasKr, BigDecimal areaChangesKr, BigDecimal newFramesKr,
            BigDecimal sickPayKr, BigDecimal reservesKr, BigDecimal allocatedKr, BigDecimal netFrameKr, BigDecimal remainderKr,
            BigDecimal builtNetFrameKr, List<Step> steps) {
    }

    public record Result(Frame frame, List<AreaResult> areas, Reconciliation reconciliation) {
    }

    public Result calculate(Frame f) {
        List<Frame.AreaInput> areas = f.areas();
        BigDecimal hours = positive(f.hoursPerFte());
        List<BigDecimal> projectFte = new ArrayList<>();
        List<BigDecimal> frameFte = new ArrayList<>();
        for (Frame.AreaInput a : areas) {
            BigDecimal p = hours == null ? BigDecimal.ZERO : nz(a.projectHours()).divide(hours, 4, RoundingMode.HALF_UP);
            projectFte.add(p);
            frameFte.add(nz(a.fte()).subtract(p).max(BigDecimal.ZERO));
        }
        List<BigDecimal> previous = areas.stream().map(a -> nz(a.previousFrameKr())).toList();
        BigDecimal fteSum = frameFte.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal previousSum = previous.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> salary = share(nz(f.salaryAmountKr()), frameFte);
        List<BigDecimal> po = share(nz(f.poAmountKr()), frameFte);
        List<BigDecimal> price = share(nz(f.priceAmountKr()), previous);
        BigDecimal sickRate = nz(f.sickPayPercent()).divide(HUNDRED, MC);

        List<AreaResult> results = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            Frame.AreaInput a = areas.get(i);
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("alloc.step.previous", List.of(kr(previous.get(i))), previous.get(i)));
            if (hours != null) {
                steps.add(new Step("alloc.step.projectFte", List.of(num(a.projectHours(), 0), num(hours, 0), num(projectFte.get(i), 2)), null));
            }
            steps.add(new Step("alloc.step.frameFte", List.of(num(a.fte(), 2), num(projectFte.get(i), 2), num(frameFte.get(i), 2)), null));
            steps.add(new Step("alloc.step.salary", List.of(kr(nz(f.salaryAmountKr())), num(frameFte.get(i), 2), num(fteSum, 2), kr(salary.get(i))),
                    salary.get(i)));
            steps.add(new Step("alloc.step.po", List.of(kr(nz(f.poAmountKr())), num(frameFte.get(i), 2), num(fteSum, 2), kr(po.get(i))), po.get(i)));
            BigDecimal sick = salary.get(i).add(po.get(i)).multiply(sickRate).setScale(0, RoundingMode.HALF_UP);
            steps.add(new Step("alloc.step.sickPay", List.of(num(nz(f.sickPayPercent()), Math.max(0, nz(f.sickPayPercent()).stripTrailingZeros().scale())), kr(salary.get(i)), kr(po.get(i)), kr(sick)),
                    sick.negate()));
            steps.add(new Step("alloc.step.price", List.of(kr(nz(f.priceAmountKr())), kr(previous.get(i)), kr(previousSum), kr(price.get(i))),
                    price.get(i)));
            BigDecimal changes = BigDecimal.ZERO;
            for (Frame.Change c : f.changes()) {
                if (a.areaId().equals(c.areaId())) {
                    changes = changes.add(c.amountKr());
                    steps.add(new Step("alloc.step.change", List.of(c.reason(), kr(c.amountKr())), c.amountKr()));
                }
            }
            BigDecimal newFrame = previous.get(i).add(salary.get(i)).add(po.get(i)).subtract(sick).add(price.get(i)).add(changes);
            steps.add(new Step("alloc.step.result", List.of(kr(previous.get(i)), kr(salary.get(i)), kr(po.get(i)), kr(sick), kr(price.get(i)),
                    kr(changes), kr(newFrame)), newFrame));
            List<AllowanceShare> allowances = new ArrayList<>();
            BigDecimal allowanceSum = BigDecimal.ZERO;
            for (Frame.Allowance al : f.allowances()) {
                BigDecimal v = frameFte.get(i).multiply(al.krPerFte()).setScale(0, RoundingMode.HALF_UP);
                allowances.add(new AllowanceShare(al.name(), v));
                allowanceSum = allowanceSum.add(v);
            }
            if (!f.allowances().isEmpty()) {
                steps.add(new Step("alloc.step.allowances", List.of(num(frameFte.get(i), 2), kr(f.allowancePerFte()), kr(allowanceSum)), null));
            }
            results.add(new AreaResult(a, projectFte.get(i), frameFte.get(i), salary.get(i), po.get(i), sick, price.get(i), changes, newFrame,
                    allowances, allowanceSum, steps));
        }
        return new Result(f, results, reconcile(f, results, previousSum));
    }

    private Reconciliation reconcile(Frame f, List<AreaResult> areas, BigDecimal previousSum) {
        BigDecimal uprating = areas.stream().map(AreaResult::upratingKr).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal areaChanges = areas.stream().map(AreaResult::changesKr).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal newFrames = areas.stream().map(AreaResult::newFrameKr).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sick = areas.stream().map(AreaResult::sickPayKr).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal reserves = f.reservesKr();
        BigDecimal allocated = newFrames.add(sick).add(reserves);
        List<Step> steps = new ArrayList<>();
        BigDecimal built = null;
        if (f.previousNetFrameKr() != null && f.indexAmountKr() != null) {
            BigDecimal bodyChanges = f.changes().stream().filter(c -> c.areaId() == null).map(Frame.Change::amountKr)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            built = f.previousNetFrameKr().add(f.indexAmountKr()).add(bodyChanges);
            steps.add(new Step("alloc.reconcile.build", List.of(mnkr(f.previousNetFrameKr()), mnkr(f.indexAmountKr()), mnkr(bodyChanges), mnkr(built)),
                    built));
            if (f.netFrameKr() != null && built.compareTo(f.netFrameKr()) != 0) {
                steps.add(new Step("alloc.reconcile.buildDiffers", List.of(mnkr(built), mnkr(f.netFrameKr()), mnkr(f.netFrameKr().subtract(built))),
                        f.netFrameKr().subtract(built)));
            }
        }
        if (f.salaryAmountKr() != null && f.poAmountKr() != null && f.priceAmountKr() != null && f.indexAmountKr() != null) {
            BigDecimal parts = f.salaryAmountKr().add(f.poAmountKr()).add(f.priceAmountKr());
            steps.add(new Step("alloc.reconcile.split", List.of(mnkr(f.salaryAmountKr()), mnkr(f.poAmountKr()), mnkr(f.priceAmountKr()), mnkr(parts),
                    mnkr(f.indexAmountKr())), parts));
        }
        steps.add(new Step("alloc.reconcile.allocated", List.of(kr(newFrames), kr(sick), kr(reserves), kr(allocated)), allocated));
        BigDecimal remainder = null;
        if (f.netFrameKr() != null) {
            remainder = f.netFrameKr().subtract(allocated);
            String key = remainder.signum() > 0 ? "alloc.reconcile.left" : remainder.signum() < 0 ? "alloc.reconcile.over" : "alloc.reconcile.even";
            steps.add(new Step(key, List.of(kr(f.netFrameKr()), kr(allocated), kr(remainder.abs())), remainder));
        }
        return new Reconciliation(previousSum, uprating, areaChanges, newFrames, sick, reserves, allocated, f.netFrameKr(), remainder, built, steps);
    }

    /**
     * Splits a pot in whole kronor by weight: each gets the floor of its exact share, and the kronor left go one
     * each to the largest remainders (ties to the first listed), so the parts add up to exactly the pot.
     */
    static List<BigDecimal> share(BigDecimal pot, List<BigDecimal> weights) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> result = new ArrayList<>();
        if (total.signum() == 0 || pot.signum() == 0) {
            weights.forEach(w -> result.add(BigDecimal.ZERO));
            return result;
        }
        BigDecimal whole = pot.setScale(0, RoundingMode.HALF_UP);
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            BigDecimal exact = whole.multiply(w).divide(total, 12, RoundingMode.HALF_UP);
            BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
            result.add(floor);
            remainders.add(exact.subtract(floor));
            given = given.add(floor);
        }
        int left = whole.subtract(given).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            int i = order.get(k % order.size());
            result.set(i, result.get(i).add(BigDecimal.ONE));
        }
        return result;
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static BigDecimal positive(BigDecimal v) {
        return v == null || v.signum() <= 0 ? null : v;
    }

    static Amount kr(BigDecimal v) {
        return Amount.of(v, 0, "kr");
    }

    static Amount mnkr(BigDecimal kr) {
        return Amount.of(kr.divide(BigDecimal.valueOf(1_000_000), 3, RoundingMode.HALF_UP), 1, "mnkr");
    }

    static Amount num(BigDecimal v, int decimals) {
        return Amount.of(v == null ? BigDecimal.ZERO : v, decimals, null);
    }

    /** Unused area ids, for the page's "add area" choice. */
    static List<UUID> missing(Frame f, List<UUID> candidates) {
        return candidates.stream().filter(id -> f.areas().stream().noneMatch(a -> a.areaId().equals(id))).toList();
    }
}
