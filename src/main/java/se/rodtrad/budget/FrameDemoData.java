package se.rodtrad.budget;

import static se.rodtrad.shared.demo.DemoYaml.str;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.PlanSummary;

/**
 * The frame part of a budget file: {@code allocationModel} (seed 004's parameters, printed strings) or
 * {@code frame} (a plan's frame and its changes as the prose states them), plus the per-area inputs of
 * {@code demo/budget/exempeldata/<plan>-fordelning.yaml}, which are example data and say so.
 */
class FrameDemoData {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final FrameRepository frames;
    private final Organisation organisation;

    FrameDemoData(FrameRepository frames, Organisation organisation) {
        this.frames = frames;
        this.organisation = organisation;
    }

    @SuppressWarnings("unchecked")
    void load(PlanSummary plan, Map<String, Object> doc) {
        Map<String, Object> model = (Map<String, Object>) doc.get("allocationModel");
        Map<String, Object> frame = (Map<String, Object>) doc.get("frame");
        if (model == null && frame == null) {
            return;
        }
        Map<String, Object> m = model != null ? model : frame;
        List<Frame.Change> changes = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) m.getOrDefault("changes", List.of())) {
            changes.add(new Frame.Change(null, mnkr(c.get("amountMnkr")), String.valueOf(c.get("reason")), area(c.get("area")), null,
                    source(doc, c.get("line"))));
        }
        List<Frame.Allowance> allowances = new ArrayList<>();
        Map<String, Object> perFte = (Map<String, Object>) m.getOrDefault("perFteAllowancesKr", Map.of());
        addAllowance(allowances, perFte, "schablon", "Schablonanslag");
        addAllowance(allowances, perFte, "travelConference", "Resor och konferens");
        addAllowance(allowances, perFte, "training", "Utbildning/kurskostnad");
        addAllowance(allowances, perFte, "other", "Övrigt (IT-utrustning mm)");
        List<Frame.Reserve> reserves = new ArrayList<>();
        Map<String, Object> reserveMap = (Map<String, Object>) m.getOrDefault("reservesMnkr", Map.of());
        if (reserveMap.get("planningReserve") != null) {
            reserves.add(new Frame.Reserve("Planeringsreserv", mnkr(reserveMap.get("planningReserve"))));
        }
        if (reserveMap.get("fum") != null) {
            reserves.add(new Frame.Reserve("FUM", mnkr(reserveMap.get("fum"))));
        }
        Object reduction = m.get("generalReductionRequirement");
        Map<String, Object> src = (Map<String, Object>) m.getOrDefault("source", doc.get("source"));
        String source = src == null ? null : src.get("seed") + (src.get("lines") == null ? "" : " r. " + src.get("lines"));
        Frame f = new Frame(null, plan.id(), mnkr(m.get("netFrameMnkr")), mnkr(m.get("previousNetFrameMnkr")),
                number(first(m, "frameAdjustmentPercent", "indexPercent")), mnkr(first(m, "frameAdjustmentMnkr", "indexMnkr")),
                number(m.get("salaryIncreasePercent")), mnkr(m.get("salaryIncreaseMnkr")), number(m.get("poPercent")), mnkr(m.get("poMnkr")),
                number(m.get("priceUpratingPercent")), mnkr(m.get("priceUpratingMnkr")), number(m.get("projectFinancedHoursPerFte")),
                number(m.get("sickPayDeductionPercent")), reduction instanceof Boolean b ? b : null, str(m.get("note")), source, changes,
                allowances, reserves, exampleAreas(plan), 0, null, null);
        frames.insert(f);
    }

    /** The per-area inputs for the calculation page: example data, never presented as figures from a document. */
    @SuppressWarnings("unchecked")
    private List<Frame.AreaInput> exampleAreas(PlanSummary plan) {
        List<Frame.AreaInput> result = new ArrayList<>();
        for (Map<String, Object> doc : BudgetDemoData.documents("classpath:demo/budget/exempeldata/*.yaml")) {
            if (!plan.key().equals(doc.get("allocationFor"))) {
                continue;
            }
            if (!Boolean.TRUE.equals(doc.get("exempeldata"))) {
                throw new IllegalStateException(doc.get("_file") + " måste ange exempeldata: true");
            }
            for (Map<String, Object> a : (List<Map<String, Object>>) doc.getOrDefault("areas", List.of())) {
                Unit unit = organisation.unitByCode(String.valueOf(a.get("area")))
                        .orElseThrow(() -> new IllegalStateException("Okänt område " + a.get("area")));
                result.add(new Frame.AreaInput(unit.id(), unit.name(), number(a.get("fte")), number(a.getOrDefault("projectHours", "0")),
                        number(a.get("previousFrameKr")), true));
            }
        }
        return result;
    }

    private java.util.UUID area(Object code) {
        if (code == null) {
            return null;
        }
        return organisation.unitByCode(String.valueOf(code)).map(Unit::id)
                .orElseThrow(() -> new IllegalStateException("Okänt område " + code));
    }

    private static void addAllowance(List<Frame.Allowance> into, Map<String, Object> perFte, String key, String name) {
        if (perFte.get(key) != null) {
            into.add(new Frame.Allowance(name, number(perFte.get(key))));
        }
    }

    private static Object first(Map<String, Object> m, String a, String b) {
        return m.get(a) != null ? m.get(a) : m.get(b);
    }

    private static String source(Map<String, Object> doc, Object line) {
        Object src = doc.get("source");
        String seed = src instanceof Map<?, ?> s ? String.valueOf(s.get("seed")) : null;
        return seed == null ? null : seed + (line == null ? "" : " r. " + line);
    }

    static BigDecimal number(Object printed) {
        if (printed == null) {
            return null;
        }
        return PrintedNumber.parse(String.valueOf(printed)).map(PrintedNumber::value)
                .orElseThrow(() -> new IllegalStateException("Inte ett tal: " + printed));
    }

    static BigDecimal mnkr(Object printed) {
        BigDecimal v = number(printed);
        return v == null ? null : v.multiply(MILLION).setScale(2);
    }
}
