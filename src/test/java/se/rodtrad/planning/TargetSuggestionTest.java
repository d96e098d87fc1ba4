package se.rodtrad.planning;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.Acting;

/** "Föreslå målform från lydelsen": the editing page and the API propose the target by the same classifier the import uses. */
@RodtradTest
class TargetSuggestionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    PlanModel model;

    @Test
    void the_edit_form_proposes_the_target_from_the_wording_as_typed_without_saving() throws Exception {
        PlanSummary rtn2026 = Acting.as("controller", () -> plans.all()).stream().filter(p -> p.key().equals("rtn-2026")).findFirst().orElseThrow();
        PlanItem indicator = Acting.as("controller", () -> model.items(rtn2026.id())).stream().filter(i -> i.type() == ItemType.INDICATOR)
                .findFirst().orElseThrow();
        mvc.perform(post("/planer/punkter/" + indicator.id() + "/foresla-malform").with(csrf()).with(user("controller"))
                        .param("version", String.valueOf(indicator.version()))
                        .param("text", "Antal samverkansprojekt ska öka jämfört med 2022."))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Förslag från lydelsen")))
                .andExpect(content().string(Matchers.containsString("value=\"BASE_YEAR\" selected")));
        org.assertj.core.api.Assertions.assertThat(Acting.as("controller", () -> model.item(indicator.id())).text()).isEqualTo(indicator.text());
    }

    @Test
    void the_api_proposes_the_target_from_a_wording() throws Exception {
        mvc.perform(get("/api/v1/plans/target-reading").with(httpBasic("lasare", "lasare"))
                        .param("text", "Ton koldioxidekvivalenter ska minska med 60 procent till år 2030 jämfört med 2005."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.form").value("RELATIVE_CHANGE"))
                .andExpect(jsonPath("$.target.percent").value("60"))
                .andExpect(jsonPath("$.reason").value(Matchers.containsString("60 procent")));
    }
}
