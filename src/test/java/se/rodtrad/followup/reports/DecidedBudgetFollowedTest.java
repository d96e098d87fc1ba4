package se.rodtrad.followup.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.budget.BudgetTable;
import se.rodtrad.budget.Budgets;
import se.rodtrad.budget.TableKind;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.followup.economy.Economy;
import se.rodtrad.followup.economy.PeriodReport;
import se.rodtrad.followup.measures.ImportFile;
import se.rodtrad.followup.measures.ImportReport;
import se.rodtrad.followup.measures.ImportRequest;
import se.rodtrad.followup.measures.Imports;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.planning.Decision;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.Messages;
import se.rodtrad.shared.web.WebConfiguration;

/**
 * Issue 17, item 4: the budget that is decided is the budget that is followed. The budget module publishes the decided
 * operating budget when the plan is decided; the economy keeps it by version and compares each area's monthly outcome
 * and forecast with that area's line; a revised budget is version 2 and every follow-up says which version it compares
 * with; the body's roll-up is reconciled with the plan's result budget.
 */
@RodtradTest
class DecidedBudgetFollowedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Economy economy;
    @Autowired
    Imports imports;
    @Autowired
    Budgets budgets;
    @Autowired
    PlanEditing editing;
    @Autowired
    Plans plans;
    @Autowired
    Reports reports;
    @Autowired
    Messages messages;
    @Autowired
    se.rodtrad.organisation.Organisation organisation;

    @BeforeEach
    void swedish() {
        LocaleContextHolder.setLocale(WebConfiguration.SWEDISH);
    }

    private static PeriodReport.AreaReport area(PeriodReport r, String code) {
        return r.areas().stream().filter(a -> a.areaCode().equals(code)).findFirst().orElseThrow();
    }

    private static PeriodReport.LineReport line(PeriodReport.AreaReport a, String code) {
        return a.lines().stream().filter(l -> l.line().equals(code)).findFirst().orElseThrow();
    }

    /** Listeners run after the commit on their own thread: wait for their effect. */
    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }

    private ImportReport run(String name, String csv) {
        return Acting.briefly("controller", () -> imports.run(new ImportRequest(null, List.of(new ImportFile(name, csv.getBytes(StandardCharsets.UTF_8))),
                ImportOptions.none(), false)));
    }

    private String failure(String name, String csv) {
        try {
            run(name, csv);
        } catch (ImportFailure e) {
            return messages.get(e.messageKey(), e.arguments());
        }
        throw new AssertionError("the file was not refused");
    }

    @Test
    void rtn_2023_outcomes_are_compared_with_the_decided_operating_budget_and_the_result_budget_reconciles() throws Exception {
        PeriodReport r = Acting.briefly("lasare", () -> economy.report(2023, 8, null));
        // the economy's copy of RTN's decided VP 2023, 4.5 Driftbudget (seed 000 lines 1172-1215), version 1
        assertThat(r.comparedWith()).hasSize(1);
        PeriodReport.BudgetBasis basis = r.comparedWith().get(0);
        assertThat(basis.bodyName()).isEqualTo("Regional tillväxtnämnd");
        assertThat(basis.version()).isEqualTo(1);
        assertThat(basis.source()).contains("Driftbudget regional tillväxt (4.5)");
        // Summa varav budgetram 157,1 mnkr; Resultat budget 2023 −157,1 mnkr (4.4): they agree, as the plan's note requires
        assertThat(basis.net().budgetYear()).isEqualTo(15_710_000_000L);
        assertThat(basis.resultOre()).isEqualTo(-15_710_000_000L);
        assertThat(basis.reconciles()).isTrue();
        assertThat(basis.notFollowed()).isEmpty();
        assertThat(basis.net().deviationYear()).isEqualTo(r.total().deviationYear());

        // Område näringslivsutveckling 45,1 / 39,8: costs = omsättning, income = omsättning − varav budgetram
        PeriodReport.AreaReport nu = area(r, "FRU-NU");
        assertThat(line(nu, "KOSTNADER").budgetYear()).isEqualTo(4_510_000_000L);
        assertThat(line(nu, "INTAKTER").budgetYear()).isEqualTo(530_000_000L);
        assertThat(nu.net().budgetYear()).isEqualTo(3_980_000_000L);
        assertThat(r.exempeldata()).isTrue();

        String page = mvc.perform(get("/uppfoljning/ekonomi?ar=2023&manad=8").with(user("politiker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Budget som följs")
                .contains("Regional tillväxtnämnd: jämförs med den beslutade budgeten, version 1 (Driftbudget regional tillväxt (4.5)")
                .contains("✓ Stämmer: resultatbudgeten i planen, −157,1 mnkr, motsvarar nettokostnaden i budgeten som följs, 157,1 mnkr.")
                .contains("Regional tillväxtnämnd, version 1");

        // the delårsrapport says the same
        PlanSummary rtn2023 = plans.byKey("rtn-2023").orElseThrow();
        ReportContent c = Acting.briefly("controller", () -> reports.assemble(new FollowReport(UUID.randomUUID(), rtn2023.id(), rtn2023.bodyId(),
                rtn2023.bodyName(), 2023, se.rodtrad.planning.ReportOccasion.DELARSRAPPORT_2, FollowReport.Status.DRAFT, null, List.of(), null, false, null,
                null, 0, Instant.now(), "controller")));
        assertThat(c.economy().report().comparedWith()).extracting(PeriodReport.BudgetBasis::version).containsExactly(1);
        assertThat(line(area(c.economy().report(), "FRU-NU"), "KOSTNADER").budgetYear()).isEqualTo(4_510_000_000L);
    }

    @Test
    void rs_2024_follows_the_lines_of_its_operating_budget_that_name_a_unit_and_says_which_it_cannot_follow() {
        PeriodReport r = Acting.briefly("lasare", () -> economy.report(2024, 1, null));
        PeriodReport.BudgetBasis rs = r.comparedWith().stream().filter(b -> b.bodyName().equals("Regionstyrelsen")).findFirst().orElseThrow();
        assertThat(rs.version()).isEqualTo(1);
        // seed 002, 4.3: "- Regionkansliet" −314,7 and "- Enheten för samhällsplanering och infrastruktur" −5,0 mnkr, net figures
        assertThat(area(r, "RK").net().budgetYear()).isEqualTo(31_470_000_000L);
        assertThat(area(r, "FRU-SPI-ESPI").net().budgetYear()).isEqualTo(500_000_000L);
        assertThat(rs.net().budgetYear()).isEqualTo(31_970_000_000L);
        // the plan prints no income statement: nothing to reconcile with, and the page says so
        assertThat(rs.resultOre()).isNull();
        assertThat(rs.notFollowed()).containsExactly("Hälsovalsenheten, varav", "Tandvårdsenheten, varav", "Regionstyrelsens verksamhetskostnad",
                "Inflationsbuffert", "Regionstyrelsens planeringsreserv");
    }

    @Test
    void an_outcome_is_compared_with_its_areas_decided_line_and_a_revised_budget_is_followed_as_version_2() throws Exception {
        int year = TestPlans.newYear();
        PlanSummary draft = TestPlans.plan(context, "RTN", year).draft().plan();
        Acting.briefly("controller", () -> {
            budgets.createTable(draft.id(), new Budgets.NewTable(TableKind.OPERATING, "Driftbudget regional tillväxt", "4.5", "mnkr",
                    List.of("Budget " + year + " Omsättning", "Budget " + year + " Varav budgetram"), List.of(
                            new Budgets.NewRow("Område näringslivsutveckling", List.of("45,1", "39,8"), false, false),
                            new Budgets.NewRow("Område energi och klimat", List.of("16,8", "5,8"), false, false),
                            new Budgets.NewRow("Summa", List.of("61,9", "45,6"), true, false))));
            budgets.createTable(draft.id(), new Budgets.NewTable(TableKind.INCOME_STATEMENT, "Resultatbudget regional tillväxt", "4.4", "mnkr",
                    List.of("Budget " + year), List.of(
                            new Budgets.NewRow("Verksamhetens nettokostnader", List.of("-45,6"), true, false),
                            new Budgets.NewRow("Resultat", List.of("-45,6"), true, false))));
        });
        Acting.briefly("admin", () -> {
            editing.changeStatus(draft.id(), plans.plan(draft.id()).version(), PlanStatus.PROPOSAL, null);
            editing.changeStatus(draft.id(), plans.plan(draft.id()).version(), PlanStatus.DECIDED, new Decision(LocalDate.of(2026, 11, 18), "RTN", "§ 7"));
        });
        PeriodReport decided = eventually(() -> Acting.briefly("lasare", () -> economy.report(year, 3, null)), x -> !x.comparedWith().isEmpty());
        assertThat(decided.comparedWith()).extracting(PeriodReport.BudgetBasis::version).containsExactly(1);

        // the outcome names its area by name; the file's total for the months is a check
        ImportReport imported = run("utfall-" + year + ".csv", """
                typ;ar;manad;omrade;post;belopp_kr;kalla
                utfall;%1$d;1;Näringslivsutveckling;KOSTNADER;3 600 000;huvudbok
                utfall;%1$d;2;Näringslivsutveckling;KOSTNADER;3 800 000,50;huvudbok
                utfall;%1$d;3;Näringslivsutveckling;KOSTNADER;3 700 000;huvudbok
                utfall;%1$d;summa;Näringslivsutveckling;KOSTNADER;11 100 000,50;huvudbok
                utfall;%1$d;3;FRU-EK;INTAKTER;250 000;huvudbok
                """.formatted(year));
        assertThat(imported.inserted()).isEqualTo(4);
        assertThat(imported.rejected()).isZero();

        PeriodReport r = Acting.briefly("lasare", () -> economy.report(year, 3, null));
        PeriodReport.LineReport costs = line(area(r, "FRU-NU"), "KOSTNADER");
        // 45,1 mnkr over twelve months: three twelfths = 11 275 000 kr; outcome 11 100 000,50 kr → +174 999,50 kr
        assertThat(costs.budgetYear()).isEqualTo(4_510_000_000L);
        assertThat(costs.budgetToDate()).isEqualTo(1_127_500_000L);
        assertThat(costs.outcomeToDate()).isEqualTo(1_110_000_050L);
        assertThat(costs.deviationToDate()).isEqualTo(17_499_950L);
        // forecast: outcome to date plus the decided budget of April–December
        assertThat(costs.forecast()).isEqualTo(1_110_000_050L + 3_382_500_000L);
        assertThat(costs.deviationYear()).isEqualTo(17_499_950L);
        PeriodReport.BudgetBasis v1 = r.comparedWith().get(0);
        assertThat(v1.decidedOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(v1.paragraph()).isEqualTo("§ 7");
        assertThat(v1.reconciles()).isTrue();

        // the delårsrapport compares with the same line and names version 1
        FollowReport dr1 = Acting.briefly("controller", () -> reports.create(draft.id(), "DELARSRAPPORT_1"));
        ReportContent c = Acting.briefly("controller", () -> reports.content(dr1.id()));
        assertThat(line(area(c.economy().report(), "FRU-NU"), "KOSTNADER").outcomeToDate()).isEqualTo(1_110_000_050L);
        assertThat(line(area(c.economy().report(), "FRU-NU"), "KOSTNADER").budgetYear()).isEqualTo(4_510_000_000L);
        assertThat(c.economy().report().comparedWith()).extracting(PeriodReport.BudgetBasis::version).containsExactly(1);

        // an area the organisation does not have, an area without a line in the decided budget, a budget row for a
        // decided area: each refused with its row, and nothing of the file written
        assertThat(failure("fel.csv", "typ;ar;manad;omrade;post;belopp_kr\nutfall;" + year + ";4;FRU-NU;KOSTNADER;1\nutfall;" + year
                + ";4;Område saknas;KOSTNADER;1000\n"))
                .isEqualTo("fel.csv, rad 3: området \"Område saknas\" finns inte i organisationen. Ange områdets kod (t.ex. FRU-NU) eller namn; inget har sparats.");
        assertThat(failure("fel.csv", "typ;ar;manad;omrade;post;belopp_kr\nutfall;" + year + ";4;FRU-VF;KOSTNADER;1000\n"))
                .isEqualTo("fel.csv, rad 2: " + organisation.unitByCode("FRU-VF").orElseThrow().name() + " har ingen rad i den beslutade budgeten för " + year
                        + " (Regional tillväxtnämnd, version 1), så utfallet kan inte jämföras med någon budgetrad. Rätta området; inget har sparats.");
        assertThat(failure("fel.csv", "typ;ar;manad;omrade;post;belopp_kr\nbudget;" + year + ";;FRU-NU;KOSTNADER;1000\n"))
                .isEqualTo("fel.csv, rad 2: budgeten för Näringslivsutveckling år " + year
                        + " är beslutad (Regional tillväxtnämnd, version 1) och kan inte ändras genom import. Revidera planen för att ändra budgeten; inget har sparats.");
        assertThat(line(area(Acting.briefly("lasare", () -> economy.report(year, 4, null)), "FRU-NU"), "KOSTNADER").outcomeToDate())
                .isEqualTo(1_110_000_050L);

        // the frame changes: the plan is revised, the revision starts from the decided budget, Energi och klimat gets
        // 2 mnkr more of the frame, and the body decides the revision
        PlanSummary revision = Acting.briefly("admin", () -> editing.revise(draft.id(), "Ny ram efter tilläggsbudget"));
        BudgetTable operating = eventually(() -> Acting.briefly("controller", () -> budgets.budget(revision.id()).tables()), t -> t.size() == 2)
                .stream().filter(t -> t.kind() == TableKind.OPERATING).findFirst().orElseThrow();
        UUID ek = operating.rows().stream().filter(row -> row.label().equals("Område energi och klimat")).findFirst().orElseThrow().id();
        Acting.briefly("controller", () -> budgets.edit(new Budgets.EditTable(revision.id(), operating.id(), operating.version(),
                List.of(new Budgets.CellInput(ek, 1, "7,8")))));
        Acting.briefly("admin", () -> {
            editing.changeStatus(revision.id(), plans.plan(revision.id()).version(), PlanStatus.PROPOSAL, null);
            editing.changeStatus(revision.id(), plans.plan(revision.id()).version(), PlanStatus.DECIDED,
                    new Decision(LocalDate.of(2026, 12, 2), "RTN", "§ 12"));
        });
        PeriodReport v2 = eventually(() -> Acting.briefly("lasare", () -> economy.report(year, 3, null)),
                x -> x.comparedWith().size() == 1 && x.comparedWith().get(0).version() == 2);
        PeriodReport.BudgetBasis basis = v2.comparedWith().get(0);
        assertThat(basis.version()).isEqualTo(2);
        assertThat(basis.decidedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        // Energi och klimat: omsättning 16,8, varav budgetram now 7,8 → income 9,0
        assertThat(area(v2, "FRU-EK").net().budgetYear()).isEqualTo(780_000_000L);
        assertThat(line(area(v2, "FRU-EK"), "INTAKTER").budgetYear()).isEqualTo(900_000_000L);
        // the result budget was left at −45,6 while the areas now add up to 47,6: the follow-up says so with both figures
        assertThat(basis.net().budgetYear()).isEqualTo(4_760_000_000L);
        assertThat(basis.resultOre()).isEqualTo(-4_560_000_000L);
        assertThat(basis.reconciles()).isFalse();
        // the outcome stays against Näringslivsutveckling's line, now of version 2
        assertThat(line(area(v2, "FRU-NU"), "KOSTNADER").outcomeToDate()).isEqualTo(1_110_000_050L);

        String page = mvc.perform(get("/uppfoljning/ekonomi?ar=" + year + "&manad=3").with(user("politiker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Regional tillväxtnämnd: jämförs med budget beslutad 2026-12-02 (RTN § 12), version 2")
                .contains("⚠ Stämmer inte: resultatbudgeten i planen är −45,6 mnkr men budgeten som följs har nettokostnaden 47,6 mnkr (skillnad −2,0 mnkr).")
                .contains("Regional tillväxtnämnd, version 2");
        ReportContent after = Acting.briefly("controller", () -> reports.assemble(reports.report(dr1.id())));
        assertThat(after.economy().report().comparedWith()).extracting(PeriodReport.BudgetBasis::version).containsExactly(2);
    }
}
