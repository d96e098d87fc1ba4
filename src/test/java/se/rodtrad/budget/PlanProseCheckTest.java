package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.planning.Plans;

/** The checker in the running product reads each demo plan's own prose (kept by the documents module) against its tables. */
@RodtradTest
@WithMockUser("admin")
class PlanProseCheckTest {

    @Autowired
    Budgets budgets;
    @Autowired
    Plans plans;
    @Autowired
    PlanProse prose;
    @Autowired
    MockMvc mvc;

    @Test
    void the_plans_prose_is_read_and_across_the_four_demo_plans_only_the_two_real_slips_of_rs_2024_are_found() throws Exception {
        // the document's own paragraph, as printed (seed 002 lines 683-685)
        assertThat(prose.paragraphs("rs-2024")).anySatisfy(p -> {
            assertThat(p.section()).isEqualTo("4.1");
            assertThat(p.text()).startsWith(ProseFiguresTest.RS_2024_41);
        });
        Map<String, List<String>> fromProse = new TreeMap<>();
        for (String key : List.of("rtn-2020", "rtn-2023", "rs-2024", "rtn-2026")) {
            var plan = plans.byKey(key).orElseThrow();
            fromProse.put(key, budgets.check(plan.id()).stream().filter(f -> f.messageKey().startsWith("budget.check.proseSavings")
                    || f.messageKey().equals("budget.check.proseSurplus")).map(Finding::row).toList());
        }
        assertThat(fromProse).containsEntry("rtn-2020", List.of()).containsEntry("rtn-2023", List.of()).containsEntry("rtn-2026", List.of());
        assertThat(fromProse.get("rs-2024")).containsExactlyInAnyOrder("Finsam Lekeberg/Örebro (HR, varav)",
                "Örebro läns flygplats AB (Gemensamt, varav)");

        var rs = plans.byKey("rs-2024").orElseThrow();
        String page = mvc.perform(get("/budget/" + rs.id()).with(user("admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("För Örebro läns flygplats AB anslås nominellt oförändrat belopp.");
    }
}
