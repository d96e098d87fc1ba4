package se.rodtrad.followup.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.measures.ImportFile;
import se.rodtrad.followup.measures.ImportReport;
import se.rodtrad.followup.measures.ImportRequest;
import se.rodtrad.followup.measures.Imports;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.shared.web.Messages;
import se.rodtrad.shared.web.WebConfiguration;

@RodtradTest
class EconomyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Economy economy;
    @Autowired
    Imports imports;
    @Autowired
    Organisation organisation;
    @Autowired
    Messages messages;

    @BeforeEach
    void swedish() {
        LocaleContextHolder.setLocale(WebConfiguration.SWEDISH);
    }

    private ImportReport run(String name, String csv, boolean dryRun) {
        return imports.run(new ImportRequest(null, List.of(new ImportFile(name, csv.getBytes(StandardCharsets.UTF_8))), ImportOptions.none(),
                dryRun));
    }

    private PeriodReport.AreaReport area(PeriodReport r, String code) {
        return r.areas().stream().filter(a -> a.areaCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void a_years_budget_spread_over_months_adds_up_to_the_ore() {
        var f = new EconomyRepository.Figure(null, EconomyRepository.BUDGET, 2023, null, null, "KOSTNADER", 100_000_001L, null, false, 0);
        long[] months = Economy.months(List.of(f));
        long sum = 0;
        for (int m = 1; m <= 12; m++) {
            sum += months[m];
        }
        assertThat(sum).isEqualTo(100_000_001L);
        assertThat(months[1]).isEqualTo(8_333_333L);
        assertThat(months[12]).isEqualTo(8_333_334L);
    }

    @Test
    @WithMockUser("lasare")
    void the_demo_period_report_holds_the_printed_budget_and_is_marked_as_example_data() throws IOException {
        PeriodReport r = economy.report(2023, 8, null);
        // RTN VP 2023 4.5: Summa varav budgetram 157,1 mnkr; omsättning 275,8 mnkr
        assertThat(r.total().budgetYear()).isEqualTo(15_710_000_000L);
        assertThat(r.areas().stream().flatMap(a -> a.lines().stream()).filter(l -> !l.income()).mapToLong(PeriodReport.LineReport::budgetYear).sum())
                .isEqualTo(27_580_000_000L);
        assertThat(r.exempeldata()).isTrue();
        assertThat(r.areas()).hasSize(7);
        assertThat(r.missingOutcome()).isEmpty();

        // Fellingsbro: budget net 73,5 − 44,3 = 29,2 mnkr; the area's own August forecast 75,9 − 44,3 = 31,6 mnkr → −2,4 mnkr
        PeriodReport.AreaReport ffhs = area(r, "FRU-FFHS");
        assertThat(ffhs.net().budgetYear()).isEqualTo(2_920_000_000L);
        assertThat(ffhs.forecastEntered()).isTrue();
        assertThat(ffhs.net().forecast()).isEqualTo(3_160_000_000L);
        assertThat(ffhs.net().deviationYear()).isEqualTo(-240_000_000L);

        // Näringslivsutveckling, costs to date = the sum of January–August in the example file
        long costs = 0;
        try (InputStream in = new ClassPathResource("demo/followup/ekonomi/utfall-2023-exempeldata.csv").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String[] c = line.split(";");
                if (c.length > 5 && c[0].equals("utfall") && c[3].equals("FRU-NU") && c[4].equals("KOSTNADER")) {
                    costs += Long.parseLong(c[5]) * 100;
                }
            }
        }
        PeriodReport.LineReport nuCosts = area(r, "FRU-NU").lines().stream().filter(l -> l.line().equals("KOSTNADER")).findFirst().orElseThrow();
        assertThat(nuCosts.outcomeToDate()).isEqualTo(costs);
        // 45,1 mnkr spread evenly: eight twelfths = 30 066 666,66… kr, in whole öre 3 006 666 666
        assertThat(nuCosts.budgetToDate()).isEqualTo(3_006_666_666L);
        assertThat(nuCosts.deviationToDate()).isEqualTo(3_006_666_666L - costs);
        // no forecast entered: outcome to date plus the budget of September–December
        assertThat(nuCosts.forecastEntered()).isFalse();
        assertThat(nuCosts.forecast()).isEqualTo(costs + (4_510_000_000L - 3_006_666_666L));
    }

    @Test
    @WithMockUser("controller")
    void an_imported_year_gives_budget_to_date_outcome_forecast_and_deviation_by_hand() {
        String csv = """
                typ;ar;manad;omrade;post;belopp_kr;kalla
                budget;2031;;FRU-EK;KOSTNADER;1 200 000;test
                budget;2031;;FRU-EK;INTAKTER;120000;test
                utfall;2031;1;FRU-EK;KOSTNADER;90000;test
                utfall;2031;2;FRU-EK;KOSTNADER;110000,50;test
                utfall;2031;3;FRU-EK;KOSTNADER;100000;test
                utfall;2031;1;FRU-EK;INTAKTER;10000;test
                utfall;2031;2;FRU-EK;INTAKTER;10000;test
                utfall;2031;3;FRU-EK;INTAKTER;10000;test
                """;
        ImportReport first = run("ek-2031.csv", csv, false);
        assertThat(first.format()).isEqualTo("ECONOMY_CSV");
        assertThat(first.inserted()).isEqualTo(8);
        ImportReport second = run("ek-2031.csv", csv, false);
        assertThat(List.of(second.inserted(), second.updated(), second.unchanged(), second.rejected())).containsExactly(0, 0, 8, 0);

        PeriodReport r = economy.report(2031, 3, organisation.unitByCode("FRU-EK").orElseThrow().id());
        assertThat(r.exempeldata()).isFalse();
        PeriodReport.AreaReport ek = area(r, "FRU-EK");
        // costs: budget to date 1 200 000 × 3/12 = 300 000; outcome 300 000,50 → deviation −0,50 kr
        PeriodReport.LineReport costs = ek.lines().stream().filter(l -> l.line().equals("KOSTNADER")).findFirst().orElseThrow();
        assertThat(costs.budgetToDate()).isEqualTo(30_000_000L);
        assertThat(costs.outcomeToDate()).isEqualTo(30_000_050L);
        assertThat(costs.deviationToDate()).isEqualTo(-50L);
        assertThat(costs.forecast()).isEqualTo(30_000_050L + 90_000_000L);
        // net: budget 1 080 000 kr; forecast 1 200 000,50 − 120 000 = 1 080 000,50 → −0,50 kr
        assertThat(ek.net().budgetYear()).isEqualTo(108_000_000L);
        assertThat(ek.net().deviationYear()).isEqualTo(-50L);

        // the area's own forecast in March overrides the computed one and shows as a revision of nothing earlier
        ImportReport forecast = run("prognos.csv", "typ;ar;manad;omrade;post;belopp_kr\nprognos;2031;3;FRU-EK;KOSTNADER;1300000\n", false);
        assertThat(forecast.inserted()).isEqualTo(1);
        PeriodReport after = economy.report(2031, 3, null);
        assertThat(area(after, "FRU-EK").net().deviationYear()).isEqualTo(-10_000_000L);
        assertThat(area(after, "FRU-EK").forecastEntered()).isTrue();
        // a corrected outcome is an update, audited
        ImportReport corrected = run("rattelse.csv", "typ;ar;manad;omrade;post;belopp_kr\nutfall;2031;2;FRU-EK;KOSTNADER;110000\n", false);
        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(corrected.changes().get(0).before()).isEqualTo("110000.50");
    }

    @Test
    @WithMockUser("controller")
    void a_file_whose_months_do_not_add_up_to_its_stated_year_total_is_refused_with_the_row_at_fault_and_nothing_written() {
        String months = """
                typ;ar;manad;omrade;post;belopp_kr;kalla
                utfall;2033;1;FRU-EK;KOSTNADER;90000;huvudbok
                utfall;2033;2;FRU-EK;KOSTNADER;110000,50;huvudbok
                utfall;2033;3;FRU-EK;KOSTNADER;100000;huvudbok
                """;
        assertThatThrownBy(() -> run("utfall-2033.csv", months + "utfall;2033;summa;FRU-EK;KOSTNADER;310000,50;huvudbok\n", false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(messages.get(e.messageKey(), e.arguments()))
                        .isEqualTo("utfall-2033.csv, rad 5: utfallet för FRU-EK KOSTNADER år 2033 anges till 310 000,50 kr, men filens "
                                + "månader summerar till 300 000,50 kr. Rätta raden eller månaderna; inget har sparats."));
        assertThat(economy.years()).doesNotContain(2033);
        // the same months with the total that the ledger gives: imported, and the total is a check, not a fourth figure
        ImportReport right = run("utfall-2033.csv", months + "utfall;2033;Summa;FRU-EK;KOSTNADER;300000,50;huvudbok\n", false);
        assertThat(right.inserted()).isEqualTo(3);
        assertThat(right.rejected()).isZero();
    }

    @Test
    @WithMockUser("controller")
    void bad_economy_files_fail_naming_row_and_field_and_an_unknown_area_refuses_the_file() {
        assertThatThrownBy(() -> run("fel.csv", "typ;ar;manad;omrade;post;belopp_kr\nutfall;2032;1;FRU-NU;KOSTNADER;12,345\n", false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(messages.get(e.messageKey(), e.arguments()))
                        .isEqualTo("fel.csv, rad 2, fält \"belopp_kr\": beloppet \"12,345\" ska anges i kronor med högst två decimaler."));
        assertThatThrownBy(() -> run("fel.csv", "typ;ar;manad;omrade;post;belopp_kr\nutfall;2032;13;FRU-NU;KOSTNADER;1\n", false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(messages.get(e.messageKey(), e.arguments()))
                        .isEqualTo("fel.csv, rad 2, fält \"manad\": \"13\" ska vara ett heltal 1–12."));
        assertThatThrownBy(() -> run("fel.csv", "typ;ar;manad;omrade;post;belopp_kr\nbudget;2032;;FRU-NU;KOSTNADER;1\nutfall;2032;;FRU-NU;KOSTNADER;1\n", false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(messages.get(e.messageKey(), e.arguments()))
                        .isEqualTo("fel.csv, rad 3, fält \"manad\": månad krävs för utfall."));
        assertThat(economy.years()).doesNotContain(2032);
        assertThatThrownBy(() -> run("delvis.csv", "typ;ar;manad;omrade;post;belopp_kr\nbudget;2032;;FRU-NU;KOSTNADER;1000\n"
                + "budget;2032;;FRU-XX;KOSTNADER;1000\n", false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(messages.get(e.messageKey(), e.arguments()))
                        .isEqualTo("delvis.csv, rad 3: området \"FRU-XX\" finns inte i organisationen. Ange områdets kod (t.ex. FRU-NU) eller namn; "
                                + "inget har sparats."));
        assertThat(economy.years()).doesNotContain(2032);
        ImportReport partly = run("delvis.csv", "typ;ar;manad;omrade;post;belopp_kr\nbudget;2032;;FRU-NU;KOSTNADER;1000\n"
                + "budget;2032;;FRU-NU;RESOR;1000\n", true);
        assertThat(partly.inserted()).isEqualTo(1);
        assertThat(partly.rejections()).extracting(x -> messages.get(x.reason().key(), x.reason().arguments()))
                .containsExactly("Budgetposten RESOR finns inte (INTAKTER eller KOSTNADER).");
    }

    @Test
    @WithMockUser("controller-rs")
    void only_those_who_may_edit_the_areas_budget_can_import_it() {
        assertThatThrownBy(() -> run("fru.csv", "typ;ar;manad;omrade;post;belopp_kr\nbudget;2033;;FRU-NU;KOSTNADER;1000\n", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(economy.years()).doesNotContain(2033);
    }

    @Test
    void the_period_report_page_labels_example_data_and_shows_the_chart_with_its_numbers() throws Exception {
        String page = mvc.perform(get("/uppfoljning/ekonomi?ar=2023&manad=8").with(user("politiker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Periodrapport augusti 2023").contains("Exempeldata").contains("<svg").contains("<pattern")
                .contains("157,1").contains("Fellingsbro Folkhögskola").contains("−2,4").contains("★");
        mvc.perform(get("/api/v1/economy/period-report?year=2023&month=8").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exempeldata").value(true))
                .andExpect(jsonPath("$.total.budgetYear").value(15_710_000_000L));
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "ek.csv", "text/csv",
                        "typ;ar;manad;omrade;post;belopp_kr\nbudget;2034;;FRU-NU;KOSTNADER;1000\n".getBytes(StandardCharsets.UTF_8)))
                        .param("dryRun", "true").with(httpBasic("controller", "controller")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("ECONOMY_CSV"))
                .andExpect(jsonPath("$.summary").value("1 nya, 0 reviderade, 0 oförändrade, 0 avvisade."));
    }
}
