package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The allocation model on cases computed by hand, with the parameters of seed 004. */
class AllocationModelTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();

    static BigDecimal kr(String s) {
        return new BigDecimal(s.replace(" ", ""));
    }

    /** Seed 004: 4,6 mnkr = 2,5 salary + 0,9 PO + 1,2 price; 33 006 kr/åa; 1 720 h/åa; 4 %; reserves 3,0 + 2,0; net 151,3. */
    static Frame rtn2026(List<Frame.AreaInput> areas, List<Frame.Change> changes) {
        return new Frame(UUID.randomUUID(), UUID.randomUUID(), kr("151 300 000"), kr("146 800 000"), new BigDecimal("3.1"), kr("4 600 000"),
                new BigDecimal("3.4"), kr("2 500 000"), new BigDecimal("3.3"), kr("900 000"), new BigDecimal("2.5"), kr("1 200 000"),
                kr("1720"), new BigDecimal("4"), false, null, null, changes,
                List.of(new Frame.Allowance("Schablonanslag", kr("16503")), new Frame.Allowance("Resor och konferens", kr("4613")),
                        new Frame.Allowance("Utbildning/kurskostnad", kr("2665")), new Frame.Allowance("Övrigt (IT-utrustning mm)", kr("9225"))),
                List.of(new Frame.Reserve("Planeringsreserv", kr("3 000 000")), new Frame.Reserve("FUM", kr("2 000 000"))), areas, 0, null, null);
    }

    @Test
    void each_area_gets_its_share_of_every_part_of_the_uprating_step_by_step() {
        // A: 10 åa of which 1 720 h (1 åa) project-financed, last year 6 000 000 kr; B: 9 åa, 3 000 000 kr.
        Frame f = rtn2026(List.of(new Frame.AreaInput(A, "A", kr("10"), kr("1720"), kr("6 000 000"), false),
                new Frame.AreaInput(B, "B", kr("9"), kr("0"), kr("3 000 000"), false)), List.of());
        AllocationModel.Result r = new AllocationModel().calculate(f);
        AllocationModel.AreaResult a = r.areas().get(0);
        AllocationModel.AreaResult b = r.areas().get(1);
        // frame-financed FTEs 9 and 9: salary and PO are shared half and half
        assertThat(a.projectFte()).isEqualByComparingTo("1");
        assertThat(a.frameFte()).isEqualByComparingTo("9");
        assertThat(a.salaryKr()).isEqualByComparingTo("1250000");
        assertThat(a.poKr()).isEqualByComparingTo("450000");
        // 4 % of (1 250 000 + 450 000) = 68 000 kept centrally
        assertThat(a.sickPayKr()).isEqualByComparingTo("68000");
        // price uprating by last year's frames 6:3 → 800 000 and 400 000
        assertThat(a.priceKr()).isEqualByComparingTo("800000");
        assertThat(b.priceKr()).isEqualByComparingTo("400000");
        // 6 000 000 + 1 250 000 + 450 000 − 68 000 + 800 000
        assertThat(a.newFrameKr()).isEqualByComparingTo("8432000");
        // 3 000 000 + 1 250 000 + 450 000 − 68 000 + 400 000
        assertThat(b.newFrameKr()).isEqualByComparingTo("5032000");
        // of which 9 åa × 33 006 kr for schablon, travel, training and other costs
        assertThat(a.allowancesKr()).isEqualByComparingTo("297054");
        assertThat(a.allowances()).extracting(AllocationModel.AllowanceShare::kr)
                .containsExactly(kr("148527"), kr("41517"), kr("23985"), kr("83025"));
        assertThat(a.steps()).extracting(AllocationModel.Step::messageKey).containsExactly("alloc.step.previous", "alloc.step.projectFte",
                "alloc.step.frameFte", "alloc.step.salary", "alloc.step.po", "alloc.step.sickPay", "alloc.step.price", "alloc.step.result",
                "alloc.step.allowances");

        AllocationModel.Reconciliation rec = r.reconciliation();
        assertThat(rec.newFramesKr()).isEqualByComparingTo("13464000");
        assertThat(rec.sickPayKr()).isEqualByComparingTo("136000");
        assertThat(rec.reservesKr()).isEqualByComparingTo("5000000");
        // 13 464 000 + 136 000 + 5 000 000 = 18 600 000 of 151 300 000: 132 700 000 left to allocate
        assertThat(rec.allocatedKr()).isEqualByComparingTo("18600000");
        assertThat(rec.remainderKr()).isEqualByComparingTo("132700000");
        // 146,8 + 4,6 = 151,4 mnkr against the printed 151,3
        assertThat(rec.builtNetFrameKr()).isEqualByComparingTo("151400000");
    }

    @Test
    void shares_are_whole_kronor_that_add_up_to_exactly_the_pot() {
        // three equal areas: 2 500 000 / 3 = 833 333,33…; the krona left goes to the first
        Frame f = rtn2026(List.of(new Frame.AreaInput(A, "A", kr("5"), kr("0"), kr("1 000 000"), false),
                new Frame.AreaInput(B, "B", kr("5"), kr("0"), kr("1 000 000"), false),
                new Frame.AreaInput(C, "C", kr("5"), kr("0"), kr("1 000 000"), false)), List.of());
        AllocationModel.Result r = new AllocationModel().calculate(f);
        assertThat(r.areas()).extracting(AllocationModel.AreaResult::salaryKr).containsExactly(kr("833334"), kr("833333"), kr("833333"));
        assertThat(r.areas()).extracting(AllocationModel.AreaResult::poKr).containsExactly(kr("300000"), kr("300000"), kr("300000"));
        assertThat(r.areas()).extracting(AllocationModel.AreaResult::priceKr).containsExactly(kr("400000"), kr("400000"), kr("400000"));
        assertThat(AllocationModel.share(kr("100"), List.of(kr("1"), kr("2"), kr("3")))).containsExactly(kr("17"), kr("33"), kr("50"));
    }

    @Test
    void a_reduction_named_for_an_area_lowers_its_frame_with_its_reason_in_the_steps() {
        Frame f = rtn2026(List.of(new Frame.AreaInput(A, "A", kr("10"), kr("0"), kr("6 000 000"), false)),
                List.of(new Frame.Change(UUID.randomUUID(), kr("-400000"), "Åtgärdskrav", A, "A", null)));
        AllocationModel.AreaResult a = new AllocationModel().calculate(f).areas().get(0);
        // 6 000 000 + 2 500 000 + 900 000 − 4 % × 3 400 000 (136 000) + 1 200 000 − 400 000
        assertThat(a.newFrameKr()).isEqualByComparingTo("10064000");
        assertThat(a.steps()).anySatisfy(s -> {
            assertThat(s.messageKey()).isEqualTo("alloc.step.change");
            assertThat(s.arguments().get(0)).isEqualTo("Åtgärdskrav");
            assertThat(s.amountKr()).isEqualByComparingTo("-400000");
        });
    }

    @Test
    void the_demo_example_areas_reconcile_to_the_net_frame_but_for_the_rounded_uprating() {
        // the exempeldata of demo/budget/exempeldata/rtn-2026-fordelning.yaml: previous frames 141,8 mnkr
        List<Frame.AreaInput> areas = List.of(
                new Frame.AreaInput(UUID.randomUUID(), "UA", kr("22"), kr("3440"), kr("18 000 000"), true),
                new Frame.AreaInput(UUID.randomUUID(), "FFHS", kr("48"), kr("1720"), kr("29 500 000"), true),
                new Frame.AreaInput(UUID.randomUUID(), "KFHS", kr("38"), kr("0"), kr("22 500 000"), true),
                new Frame.AreaInput(UUID.randomUUID(), "NU", kr("30"), kr("5160"), kr("34 800 000"), true),
                new Frame.AreaInput(UUID.randomUUID(), "VF", kr("16"), kr("6880"), kr("10 500 000"), true),
                new Frame.AreaInput(UUID.randomUUID(), "EK", kr("10"), kr("3440"), kr("6 000 000"), true),
                new Frame.AreaInput(UUID.randomUUID(), "FG", kr("24"), kr("860"), kr("20 500 000"), true));
        AllocationModel.Reconciliation rec = new AllocationModel().calculate(rtn2026(areas, List.of())).reconciliation();
        // 141,8 + 4,6 (to areas, less the central sick pay) + sick pay + 5,0 reserves = 151,4 mnkr; the frame is 151,3
        assertThat(rec.allocatedKr()).isEqualByComparingTo("151400000");
        assertThat(rec.remainderKr()).isEqualByComparingTo("-100000");
        assertThat(rec.steps()).extracting(AllocationModel.Step::messageKey).contains("alloc.reconcile.buildDiffers", "alloc.reconcile.over");
    }
}
