package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.audit.HistoryEntry;
import se.rodtrad.planning.Plans;

/** Editing figures: checked on every save, optimistic locking, permission scoped to the body, decided plans closed. */
@RodtradTest
class BudgetEditingTest {

    @org.junit.jupiter.api.AfterEach
    void removeTheTestsPlans() {
        fixtures.cleanUp();
    }

    static final String IS = "Resultatbudget regional tillväxt";

    @Autowired
    MockMvc mvc;
    @Autowired
    BudgetFixtures fixtures;
    @Autowired
    AuditTrail audit;
    @Autowired
    Plans plans;

    String edit(BudgetTable t, String label, int column, String value) {
        BudgetRow row = BudgetFixtures.row(t, label);
        return "{\"version\":" + t.version() + ",\"cells\":[{\"rowId\":\"" + row.id() + "\",\"column\":" + column + ",\"value\":\"" + value + "\"}]}";
    }

    @Test
    void a_controller_changes_a_figure_and_the_checker_runs_on_the_save() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2023");
        BudgetTable is = fixtures.table(plan, IS);
        mvc.perform(put("/api/v1/plans/" + plan + "/budget/tables/" + is.id()).with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(edit(is, "Erhållna bidrag", 0, "114,9")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.table.version").value(is.version() + 1))
                .andExpect(jsonPath("$.table.rows[1].values[0]").value(114.9))
                .andExpect(jsonPath("$.table.rows[1].printed[0]").value("114,9"))
                .andExpect(jsonPath("$.findings[*].message", org.hamcrest.Matchers.hasItem(
                        containsString("Erhållna bidrag + Övriga intäkter = 140,1\u00a0mnkr, men Summa intäkter anger 129,4\u00a0mnkr"))));
        BudgetTable after = fixtures.table(plan, IS);
        assertThat(BudgetFixtures.row(after, "Erhållna bidrag").cell(0).value()).isEqualByComparingTo("114.9");
        assertThat(BudgetFixtures.row(after, "Erhållna bidrag").cell(1).printed()).isEqualTo("104,5");
        assertThat(after.updatedBy()).isEqualTo("controller");
        List<HistoryEntry> history = audit.history("budget_table", is.id());
        assertThat(history).anySatisfy(h -> {
            assertThat(h.actor()).isEqualTo("controller");
            assertThat(h.objectType()).isEqualTo("budget_cell");
            assertThat(h.changes()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("printed");
                assertThat(c.before()).isEqualTo("104,2");
                assertThat(c.after()).isEqualTo("114,9");
            });
        });
    }

    @Test
    void a_save_against_a_stale_version_is_refused_with_the_other_version() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2023");
        BudgetTable is = fixtures.table(plan, IS);
        mvc.perform(put("/api/v1/plans/" + plan + "/budget/tables/" + is.id()).with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON).content(edit(is, "Övriga intäkter", 0, "25,3"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/plans/" + plan + "/budget/tables/" + is.id()).with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(edit(is, "Övriga intäkter", 0, "26,0")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Någon annan (admin) sparade")));
        // the page keeps what the controller typed and shows the other version
        BudgetRow row = BudgetFixtures.row(is, "Övriga intäkter");
        mvc.perform(post("/budget/" + plan + "/tabeller/" + is.id()).with(user("controller")).with(csrf())
                        .param("version", String.valueOf(is.version())).param("cell-" + row.id() + "-0", "26,0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat samtidigt")))
                .andExpect(content().string(containsString("value=\"26,0\"")))
                .andExpect(content().string(containsString("25,3")));
        assertThat(BudgetFixtures.row(fixtures.table(plan, IS), "Övriga intäkter").cell(0).printed()).isEqualTo("25,3");
    }

    @Test
    void a_figure_that_is_not_a_number_is_refused_by_row_and_column_and_nothing_is_saved() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2023");
        BudgetTable is = fixtures.table(plan, IS);
        BudgetRow a = BudgetFixtures.row(is, "Erhållna bidrag");
        BudgetRow b = BudgetFixtures.row(is, "Övriga intäkter");
        String body = "{\"version\":" + is.version() + ",\"cells\":[{\"rowId\":\"" + a.id() + "\",\"column\":0,\"value\":\"110,0\"},"
                + "{\"rowId\":\"" + b.id() + "\",\"column\":1,\"value\":\"tjugo\"}]}";
        mvc.perform(put("/api/v1/plans/" + plan + "/budget/tables/" + is.id()).with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Övriga intäkter, kolumn Prognos 2022: ”tjugo” är inte ett tal. "
                        + "Skriv till exempel 157,1 eller -0,5."));
        BudgetTable after = fixtures.table(plan, IS);
        assertThat(after.version()).isEqualTo(is.version());
        assertThat(BudgetFixtures.row(after, "Erhållna bidrag").cell(0).printed()).isEqualTo("104,2");
    }

    @Test
    void only_those_with_the_budget_permission_for_the_body_may_change_it() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2023");
        BudgetTable is = fixtures.table(plan, IS);
        for (String who : List.of("controller-rs", "politiker", "sekreterare", "omradeschef", "lasare")) {
            mvc.perform(put("/api/v1/plans/" + plan + "/budget/tables/" + is.id()).with(httpBasic(who, who))
                    .contentType(MediaType.APPLICATION_JSON).content(edit(is, "Erhållna bidrag", 0, "1,0"))).andExpect(status().isForbidden());
        }
        UUID rsPlan = fixtures.planWithTablesOf("RS", "rs-2024");
        BudgetTable rsCapital = fixtures.table(rsPlan, "Investeringsbudget");
        mvc.perform(put("/api/v1/plans/" + rsPlan + "/budget/tables/" + rsCapital.id()).with(httpBasic("controller-rs", "controller-rs"))
                .contentType(MediaType.APPLICATION_JSON).content(edit(rsCapital, "Övrig utrustning", 0, "14,0"))).andExpect(status().isOk());
        assertThat(BudgetFixtures.row(fixtures.table(plan, IS), "Erhållna bidrag").cell(0).printed()).isEqualTo("104,2");
        mvc.perform(get("/budget/" + plan).with(user("politiker"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Ändra tabellen"))));
    }

    @Test
    void a_decided_plans_budget_is_not_changed() throws Exception {
        UUID decided = plans.byKey("rtn-2023").orElseThrow().id();
        BudgetTable is = fixtures.tables(decided).stream().filter(t -> t.title().equals(IS)).findFirst().orElseThrow();
        mvc.perform(put("/api/v1/plans/" + decided + "/budget/tables/" + is.id()).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(edit(is, "Erhållna bidrag", 0, "1,0")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("är beslutad")));
        assertThat(BudgetFixtures.row(fixtures.table(decided, IS), "Erhållna bidrag").cell(0).printed()).isEqualTo("104,2");
    }

    @Test
    void the_edit_page_saves_a_figure_and_shows_the_live_totals_while_typing() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        BudgetTable is = fixtures.table(plan, IS);
        BudgetRow bidrag = BudgetFixtures.row(is, "Erhållna bidrag");
        BudgetRow summa = BudgetFixtures.row(is, "Summa intäkter");
        mvc.perform(get("/budget/" + plan + "/tabeller/" + is.id()).with(user("controller")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label class=\"visually-hidden\" for=\"cell-" + bidrag.id() + "-0\">Erhållna bidrag, Budget 2020</label>")))
                .andExpect(content().string(containsString("Beräknat: 98,0")));
        // typing 80,0: the preview recomputes Summa intäkter and says it no longer agrees, nothing saved
        mvc.perform(post("/budget/" + plan + "/tabeller/" + is.id() + "/berakna").with(user("controller")).with(csrf())
                        .header("HX-Request", "true").param("cell-" + bidrag.id() + "-0", "80,0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"computed-cell-" + summa.id() + "-0\"")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("Beräknat: 101,0 – stämmer inte")))
                .andExpect(content().string(containsString("Erhållna bidrag + Övriga intäkter = 101,0")));
        assertThat(BudgetFixtures.row(fixtures.table(plan, IS), "Erhållna bidrag").cell(0).printed()).isEqualTo("77,0");
        // saving through the form
        mvc.perform(post("/budget/" + plan + "/tabeller/" + is.id()).with(user("controller")).with(csrf())
                        .param("version", String.valueOf(is.version())).param("cell-" + bidrag.id() + "-0", "80,0")
                        .param("cell-" + summa.id() + "-0", "101,0"))
                .andExpect(status().is3xxRedirection());
        BudgetTable after = fixtures.table(plan, IS);
        assertThat(BudgetFixtures.row(after, "Erhållna bidrag").cell(0).printed()).isEqualTo("80,0");
        assertThat(BudgetFixtures.row(after, "Summa intäkter").cell(0).printed()).isEqualTo("101,0");
    }

    @Test
    void a_bad_figure_on_the_page_is_named_and_what_was_typed_stays() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        BudgetTable is = fixtures.table(plan, IS);
        BudgetRow bidrag = BudgetFixtures.row(is, "Erhållna bidrag");
        mvc.perform(post("/budget/" + plan + "/tabeller/" + is.id()).with(user("controller")).with(csrf())
                        .param("version", String.valueOf(is.version())).param("cell-" + bidrag.id() + "-0", "7x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Erhållna bidrag, kolumn Budget 2020: ”7x” är inte ett tal.")))
                .andExpect(content().string(containsString("value=\"7x\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void the_budget_pages_show_the_tables_as_printed_with_the_findings_beside_them() throws Exception {
        UUID rtn2023 = plans.byKey("rtn-2023").orElseThrow().id();
        mvc.perform(get("/budget").with(user("lasare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Verksamhetsplan med budget 2023")))
                .andExpect(content().string(containsString("1 fel")));
        mvc.perform(get("/budget/" + rtn2023).with(user("lasare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>Driftbudget regional tillväxt</span>")))
                .andExpect(content().string(containsString("Belopp i mnkr")))
                .andExpect(content().string(containsString("<span>-157,1</span>")))
                .andExpect(content().string(containsString("Kontrollens fynd")))
                .andExpect(content().string(containsString("<span>Fel</span>")))
                .andExpect(content().string(containsString("skillnad 10,7\u00a0mnkr")))
                .andExpect(content().string(containsString("class=\"num cell--error\"")))
                .andExpect(content().string(containsString("Planen är beslutad")));
        mvc.perform(get("/budget/" + rtn2023).param("kontroll", "1").with(user("lasare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kontrollen kördes nu och fann 1 fynd.")));
        mvc.perform(get("/").with(user("lasare"))).andExpect(content().string(containsString("href=\"/budget\"")));
        mvc.perform(get("/api/v1/plans/" + rtn2023 + "/budget/findings").with(httpBasic("lasare", "lasare"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void a_table_can_be_added_for_instance_the_grants_to_associations() throws Exception {
        UUID plan = fixtures.plan("RTN", 2027, "DRAFT");
        String body = """
                {"kind":"GRANTS_TO_ORGANISATIONS","title":"Bidrag till föreningar","unit":"tkr","columns":["Budget 2026","Uppräkning","Budget 2027"],
                 "rows":[{"label":"Förening A","values":["100","3","103"]},{"label":"Förening B","values":["50","2","52"]},
                         {"label":"Summa","values":["150","5","160"],"total":true}]}""";
        mvc.perform(post("/api/v1/plans/" + plan + "/budget/tables").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("GRANTS_TO_ORGANISATIONS"))
                .andExpect(jsonPath("$.rows[2].total").value(true));
        mvc.perform(get("/api/v1/plans/" + plan + "/budget").with(httpBasic("controller", "controller")))
                .andExpect(jsonPath("$.findings.length()").value(1))
                .andExpect(jsonPath("$.findings[0].message").value("Förening A + Förening B = 155\u00a0tkr, men Summa anger 160\u00a0tkr (skillnad 5\u00a0tkr)."));
        mvc.perform(post("/api/v1/plans/" + plan + "/budget/tables").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"OPERATING\",\"title\":\"\",\"columns\":[],\"rows\":[]}"))
                .andExpect(status().isBadRequest());
    }
}
