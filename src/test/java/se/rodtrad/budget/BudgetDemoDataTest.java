package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * The demo budget tables equal the printed ones, cell by cell. Expected figures are typed from the seeds
 * (000 lines 1126-1231, 001 lines 3334-3421, 3951-3972, 4761-4780, 4979-4993, 002 lines 870-1052,
 * 004 lines 390-422), not read from the transcription.
 */
@RodtradTest
class BudgetDemoDataTest {

    @Autowired
    BudgetTableRepository tables;
    @Autowired
    Plans plans;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    List<BudgetTable> of(String key) {
        PlanSummary plan = plans.byKey(key).orElseThrow();
        return tables.findByPlan(plan.id());
    }

    static BudgetTable titled(List<BudgetTable> all, String title) {
        return all.stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError("ingen tabell " + title));
    }

    /** The row with this label (the first, or the one under the given varav parent) prints exactly these figures. */
    static void printed(BudgetTable t, String label, String... values) {
        BudgetRow row = t.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(t.title() + " saknar raden " + label));
        assertRow(t, row, values);
    }

    static void printedUnder(BudgetTable t, String parent, String label, String... values) {
        BudgetRow row = t.rows().stream().filter(r -> r.label().equals(label) && t.parent(r).map(p -> p.label().equals(parent)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError(t.title() + " saknar raden " + label + " under " + parent));
        assertRow(t, row, values);
    }

    private static void assertRow(BudgetTable t, BudgetRow row, String... values) {
        assertThat(row.cells()).as(t.title() + " / " + row.label()).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.cell(i);
            assertThat(cell.printed()).as(t.title() + " / " + row.label() + " / " + t.columns().get(i).label()).isEqualTo(values[i]);
            if (values[i].isEmpty()) {
                assertThat(cell.value()).isNull();
            } else {
                String plain = values[i].replace(" ", "").replace(",", ".");
                if (plain.matches("-?\\d+(\\.\\d+)?")) {
                    assertThat(cell.value()).as(t.title() + " / " + row.label() + " / " + i).isEqualByComparingTo(new BigDecimal(plain));
                    assertThat(cell.decimals()).isEqualTo(plain.contains(".") ? plain.length() - plain.indexOf('.') - 1 : 0);
                }
            }
        }
    }

    static void columns(BudgetTable t, String... labels) {
        assertThat(t.columns()).extracting(BudgetColumn::label).containsExactly(labels);
    }

    @Test
    void every_demo_plan_has_its_budget_tables_in_document_order() {
        assertThat(of("rtn-2023")).extracting(BudgetTable::kind).containsExactly(TableKind.FRAME, TableKind.KEY_RATIOS,
                TableKind.INCOME_STATEMENT, TableKind.OPERATING, TableKind.CAPITAL);
        assertThat(of("rtn-2020")).extracting(BudgetTable::kind).containsExactly(TableKind.FRAME, TableKind.KEY_RATIOS,
                TableKind.INCOME_STATEMENT, TableKind.OPERATING, TableKind.CAPITAL);
        assertThat(of("rs-2024")).extracting(BudgetTable::kind).containsExactly(TableKind.FRAME, TableKind.SAVINGS, TableKind.OPERATING,
                TableKind.CAPITAL);
        assertThat(of("rtn-2026")).extracting(BudgetTable::kind).containsExactly(TableKind.FRAME, TableKind.ALLOCATION);
    }

    @Test
    void rtn_2023_tables_equal_the_printed_ones_cell_by_cell() {
        List<BudgetTable> all = of("rtn-2023");
        BudgetTable ratios = titled(all, "Ekonomiska nyckeltal");
        columns(ratios, "Budget 2023", "Prognos 2022", "Budget 2022");
        printed(ratios, "Lönekostnadsökningstakt", "5,2%", "2,9%", "3,4%");

        BudgetTable is = titled(all, "Resultatbudget regional tillväxt");
        assertThat(is.unit()).isEqualTo("mnkr");
        assertThat(is.decimals()).isEqualTo(1);
        columns(is, "Budget 2023", "Prognos 2022", "Budget 2022");
        assertThat(is.rows()).hasSize(13);
        printed(is, "Erhållna bidrag", "104,2", "104,5", "99,9");
        printed(is, "Övriga intäkter", "25,2", "24,3", "24,2");
        printed(is, "Summa intäkter", "129,4", "128,8", "124,1");
        printed(is, "Personalkostnader", "-160,7", "-152,7", "-153,6");
        printed(is, "Lämnade bidrag", "-47,3", "-48,7", "-50,3");
        printed(is, "Övriga kostnader", "-77,1", "-72,3", "-71,5");
        printed(is, "Avskrivningar, inventarier", "-1,3", "-1,3", "-1,3");
        printed(is, "Summa kostnader", "-286,4", "-275,0", "-276,7");
        printed(is, "Verksamhetens nettokostnader", "-157,0", "-146,2", "-152,6");
        printed(is, "Finansnetto", "-0,1", "-0,1", "-0,1");
        printed(is, "Resultat *)", "-157,1", "-146,3", "-152,7");
        assertThat(is.rows()).filteredOn(BudgetRow::total).extracting(BudgetRow::label)
                .containsExactly("Summa intäkter", "Summa kostnader", "Verksamhetens nettokostnader", "Resultat *)");
        assertThat(is.rows()).filteredOn(BudgetRow::heading).extracting(BudgetRow::label)
                .containsExactly("Verksamhetens intäkter", "Verksamhetens kostnader");

        BudgetTable op = titled(all, "Driftbudget regional tillväxt");
        columns(op, "Budget 2023 Omsättning", "Budget 2023 Varav budgetram", "Prognos 2022 Omsättning", "Prognos 2022 Varav budgetram");
        printed(op, "Område utbildning och arbetsmarknad (exkl folkhögskolor)", "26,1", "17,3", "24,4", "16,1");
        printed(op, "- Fellingsbro Folkhögskola", "73,5", "29,2", "69,5", "28,0");
        printed(op, "- Kävesta Folkhögskola", "44,3", "22,3", "42,6", "21,4");
        printed(op, "Område näringslivsutveckling", "45,1", "39,8", "43,9", "36,9");
        printed(op, "Område välfärd och folkhälsa", "24,2", "10,6", "23,4", "10,4");
        printed(op, "Område energi och klimat", "16,8", "5,8", "17,1", "4,3");
        printed(op, "Förvaltningsgemensamt", "45,8", "32,1", "54,2", "29,2");
        printed(op, "Summa", "275,8", "157,1", "275,1", "146,3");

        BudgetTable capital = titled(all, "Investeringsbudget");
        printed(capital, "It-utrustning", "", "", "");
        printed(capital, "Övrig utrustning", "3,8", "", "12,6");
        printed(capital, "Summa", "3,8", "", "12,6");

        BudgetTable frame = titled(all, "Budget 2023");
        assertThat(frame.fromProse()).isTrue();
        printed(frame, "Nämndens budgetram uppgår 2023 till", "157,1 miljoner kronor");
        printed(frame, "Nämnden omsätter", "275,8 miljoner kronor");
        printed(frame, "extra tillskott för 2023 för att förstärka arbetet med att skapa ett tryggt och robust energisystem", "två miljoner kronor");
    }

    @Test
    void rtn_2020_tables_equal_the_printed_ones_cell_by_cell() {
        List<BudgetTable> all = of("rtn-2020");
        BudgetTable is = titled(all, "Resultatbudget regional tillväxt");
        columns(is, "Budget 2020", "Prognos 2019", "Budget 2019");
        printed(is, "Erhållna bidrag", "77,0", "74,5", "69,8");
        printed(is, "Övriga intäkter", "21,0", "24,8", "23,8");
        printed(is, "Summa intäkter", "98,0", "99,3", "93,6");
        printed(is, "Personalkostnader", "-127,3", "-125,9", "-125,7");
        printed(is, "Lämnade bidrag", "-49,3", "-42,7", "-42,4");
        printed(is, "Övriga kostnader", "-51,0", "-55,3", "-50,8");
        printed(is, "Avskrivningar, inventarier", "-1,1", "-1,0", "-1,0");
        printed(is, "Summa kostnader", "-228,7", "-224,9", "-219,9");
        printed(is, "Verksamhetens nettokostnader", "-130,7", "-125,6", "-126,3");
        printed(is, "Finansnetto", "-0,1", "0,0", "-0,1");
        printed(is, "Regionbidrag/- ersättning", "130,8", "126,8", "126,4");
        printed(is, "Resultat", "0,0", "1,2", "0,0");

        BudgetTable op = titled(all, "Driftbudget regional tillväxt");
        columns(op, "Budget 2020 Omsättning", "Budget 2020 Varav regionbidrag", "Prognos 2019 Omsättning", "Prognos 2019 Varav regionbidrag");
        printed(op, "Område utbildning och arbetsmarknad (exkl folkhögskolor)", "22,2", "14,5", "21,8", "12,6");
        printed(op, "- Fellingsbro Folkhögskola", "65,6", "27,9", "64,2", "28,2");
        printed(op, "- Kävesta Folkhögskola", "41,2", "21,7", "38,4", "18,6");
        printed(op, "Område näringslivsutveckling", "39,8", "32,3", "39,1", "32,1");
        printed(op, "Område välfärd och folkhälsa", "20,1", "9,8", "18", "10,3");
        printed(op, "Förvaltningsgemensamt", "39,3", "24,6", "44,6", "25");
        printed(op, "Summa", "228,2", "130,8", "226,1", "126,8");

        BudgetTable capital = titled(all, "Investeringsbudget");
        printed(capital, "It-utrustning", "", "", "1,5");
        printed(capital, "Övrig utrustning", "1,6", "2,7", "4,9");
        printed(capital, "Summa", "1,6", "2,7", "6,4");

        printed(titled(all, "Ekonomiska nyckeltal"), "Lönekostnadsökningstakt", "4,2%", "7,1%", "8,5%");

        // the project budgets of the same seed are the grant register's: grants.GrantDemoDataTest compares them with the seed
        assertThat(all).noneMatch(t -> t.kind() == TableKind.OTHER);
    }

    @Test
    void rs_2024_tables_equal_the_printed_ones_cell_by_cell() {
        List<BudgetTable> all = of("rs-2024");
        BudgetTable savings = titled(all, "Ekonomiska åtgärder");
        assertThat(savings.decimals()).isEqualTo(2);
        columns(savings, "Budget 2023", "Reducering");
        printed(savings, "SUMMA", "321,98", "-37,60");
        printed(savings, "Hälso- och sjukvård, varav", "33,95", "-4,38");
        printed(savings, "Hållbar utveckling, varav", "28,42", "-3,95");
        printed(savings, "Digitalisering, varav", "63,49", "-12,90");
        printed(savings, "Kommunikation, varav", "15,49", "-4,08");
        printed(savings, "HR, varav", "70,87", "-5,10");
        printed(savings, "Gemensamt, varav", "64,38", "-2,22");
        printed(savings, "Ekonomi, varav", "11,21", "-2,11");
        printed(savings, "Nämndadministration, juridik och säkerhet, varav", "27,94", "-1,46");
        printed(savings, "Samhällsplanering och infrastruktur inom regional utveckling, varav", "6,24", "-1,41");
        printedUnder(savings, "Hälso- och sjukvård, varav", "Staben", "24,10", "-2,76");
        printedUnder(savings, "Gemensamt, varav", "Staben", "5,91", "-1,55");
        printed(savings, "Bidrag till föreningen Hälsobro", "1,50", "-0,15");
        printed(savings, "Örebro läns flygplats AB", "17,95", "-0,63");
        printed(savings, "Medlemskap Assembly of European Regions", "0,30", "-0,30");
        printed(savings, "Finsam Lekeberg/Örebro", "2,09", "-1,09");
        printed(savings, "Medlemskap ScandriaAlliance", "0,09", "-0,09");
        printedUnder(savings, "Samhällsplanering och infrastruktur inom regional utveckling, varav", "Enheten", "5,69", "-0,74");
        assertThat(savings.rows()).filteredOn(BudgetRow::varav).hasSize(9);
        assertThat(savings.rows()).filteredOn(BudgetRow::isChild).hasSize(27);
        assertThat(savings.groups()).extracting(SavingsGroup::name)
                .containsExactly("Externa anslag/bidrag", "Medlemskap", "Större interna anslag", "Personal");
        BudgetRow leva = savings.rows().stream().filter(r -> r.label().startsWith("LEVA")).findFirst().orElseThrow();
        assertThat(leva.group()).isEqualTo("Större interna anslag");
        assertThat(leva.consequence()).startsWith("Genom att tidningarna avslutas");

        BudgetTable op = titled(all, "Driftbudget regionstyrelsen");
        columns(op, "Budget 2024", "Prognos 2023", "Budget 2023");
        printed(op, "Regionstyrelsen och regionkansliet, varav", "-361,6", "-341,5", "-389,1");
        printed(op, "- Regionkansliet", "-314,7", "-295,0", "-342,6");
        printed(op, "Hälsovalsenheten, varav", "-2 152,5", "-2 033,2", "-2 077,9");
        printed(op, "- Vårdval Hälsoval", "-1 233,5", "-1 163,0", "-1 191,8");
        printed(op, "- Läkemedel, förskrivna inom primärvården", "-376,1", "-392,1", "-376,1");
        printed(op, "Tandvårdsenheten, varav", "-270,3", "-260,0", "-261,2");
        printed(op, "- Överenskommelse Folktandvården", "-108,1", "-107,0", "108,1");
        printed(op, "Summa:", "-2 784,4", "-2 634,7", "-2 728,2");
        printed(op, "Regionstyrelsens verksamhetskostnad", "-241,0", "-314,0", "-217,3");
        printed(op, "Inflationsbuffert", "0,0", "0,0", "-157,8");
        printed(op, "Regionstyrelsens planeringsreserv", "-50,0", "-50,0", "-50,0");
        printed(op, "Totalt regionstyrelsens driftansvar", "-3 075,4", "-2 998,7", "-3 153,3");
        BudgetRow hv = op.rows().stream().filter(r -> r.label().startsWith("Hälsovalsenheten")).findFirst().orElseThrow();
        assertThat(hv.cell(0).value()).isEqualByComparingTo("-2152.5");
        assertThat(hv.cell(0).ore("mnkr")).isEqualTo(-215_250_000_000L);

        BudgetTable capital = titled(all, "Investeringsbudget");
        printed(capital, "Övrig utrustning", "13,5", "10,0", "10,0");
        printed(capital, "Summa", "13,5", "10,0", "10,0");
    }

    @Test
    void rtn_2026_conditions_equal_the_printed_bullets() {
        List<BudgetTable> all = of("rtn-2026");
        BudgetTable frame = titled(all, "Ekonomiska förutsättningar 2026 (2025-06-17)");
        printed(frame, "Justering av ramanslag efter (justerat) index RTN", "3,1%", "4,6 Mnkr");
        printed(frame, "Ramanslag netto", "", "151,3 Mnkr");
        BudgetTable model = titled(all, "Framtagande av resursfördelningsmodell inom Regional tillväxtnämnd 2025");
        printed(model, "Lönekostnadsökningar", "3,4%", "2,5 mnkr");
        printed(model, "PO-påslag", "3,3%", "0,9 mnkr");
        printed(model, "Generell prisuppräkning", "2,5%", "1,2 mnkr");
        printed(model, "Schablonanslag", "", "16 503 kr/åa");
        printed(model, "Projektfinansiering av personal", "", "1 720 timmar/åa");
        printed(model, "Avräkning för sjuklönekostnader", "4%", "");
        printed(model, "FUM", "", "2,0 Mnkr");
    }

    @Test
    void every_loaded_row_is_in_the_audit_trail() {
        long rows = jdbc.sql("select count(*) from budget_row").query(Long.class).single();
        long audited = jdbc.sql("select count(*) from audit_entry where object_type = 'budget_row' and operation = 'INSERT'").query(Long.class).single();
        assertThat(audited).isGreaterThanOrEqualTo(rows).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'budget_cell' and aggregate_type = 'budget_table'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void the_api_returns_tables_with_kind_columns_rows_and_the_findings() throws Exception {
        PlanSummary plan = plans.byKey("rtn-2023").orElseThrow();
        mvc.perform(get("/api/v1/plans/" + plan.id() + "/budget").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planKey").value("rtn-2023"))
                .andExpect(jsonPath("$.tables[2].kind").value("INCOME_STATEMENT"))
                .andExpect(jsonPath("$.tables[2].columns[0]").value("Budget 2023"))
                .andExpect(jsonPath("$.tables[2].rows[1].label").value("Erhållna bidrag"))
                .andExpect(jsonPath("$.tables[2].rows[1].values[0]").value(104.2))
                .andExpect(jsonPath("$.tables[2].rows[1].total").value(false))
                .andExpect(jsonPath("$.tables[2].rows[12].label").value("Resultat *)"))
                .andExpect(jsonPath("$.tables[2].rows[12].values[0]").value(-157.1))
                .andExpect(jsonPath("$.tables[2].rows[12].total").value(true))
                .andExpect(jsonPath("$.tables[3].kind").value("OPERATING"))
                .andExpect(jsonPath("$.findings[0].severity").value("ERROR"))
                .andExpect(jsonPath("$.findings[0].table").value("Driftbudget regional tillväxt"))
                .andExpect(jsonPath("$.findings[0].row").value("Summa"))
                .andExpect(jsonPath("$.findings[0].column").value("Budget 2023 Omsättning"))
                .andExpect(jsonPath("$.findings[0].message").value(org.hamcrest.Matchers.containsString("skillnad 10,7")));
        mvc.perform(get("/api/v1/plans/" + plan.id() + "/budget")).andExpect(status().isUnauthorized());
    }
}
