package se.rodtrad.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.planning.Plans;

@RodtradTest
class PortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;

    @Test
    void an_anonymous_visitor_reads_the_decided_rtn_2023_plan() throws Exception {
        String id = plans.byKey("rtn-2023").orElseThrow().id().toString();
        String start = mvc.perform(get("/portal")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("Regional tillväxtnämnd").contains("/portal/planer/" + id);
        String page = mvc.perform(get("/portal/planer/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Verksamhetsplan med budget 2023")
                .contains("Länets invånare och de som verkar i Örebro län har stark konkurrenskraft");
        mvc.perform(get("/portal/planer/" + id + ".pdf")).andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void a_plan_that_is_not_decided_is_refused_to_anonymous_visitors_and_in_open_data() throws Exception {
        String proposal = plans.byKey("rtn-2026").orElseThrow().id().toString();
        mvc.perform(get("/portal/planer/" + proposal)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/planer/" + proposal + ".pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/plans/" + proposal + "/items")).andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/public/plans")).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(proposal);
        String portal = mvc.perform(get("/portal")).andReturn().getResponse().getContentAsString();
        assertThat(portal).doesNotContain(proposal);
    }

    @Test
    void the_portal_and_open_data_show_a_signed_in_administrator_only_what_the_public_sees() throws Exception {
        String proposal = plans.byKey("rtn-2026").orElseThrow().id().toString();
        mvc.perform(get("/planer/" + proposal).with(user("admin"))).andExpect(status().isOk());
        mvc.perform(get("/portal/planer/" + proposal).with(user("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/plans/" + proposal + "/items").with(user("admin"))).andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/public/plans").with(user("admin"))).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(proposal);
    }

    @Test
    void open_data_comes_as_json_and_csv_with_stable_ids_and_a_licence() throws Exception {
        String id = plans.byKey("rtn-2023").orElseThrow().id().toString();
        mvc.perform(get("/api/v1/public/plans"))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"license\"")))
                .andExpect(jsonPath("$.licence").value(org.hamcrest.Matchers.startsWith("CC0 1.0")))
                .andExpect(jsonPath("$.data[?(@.id == '" + id + "')].title").value("Verksamhetsplan med budget 2023"));
        mvc.perform(get("/api/v1/public/plans/" + id + "/items"))
                .andExpect(jsonPath("$.data[?(@.text == 'Antal gästnätter i Örebro län ska öka med 33 procent jämfört med 2016.')].targetForm")
                        .value("RELATIVE_CHANGE"));
        String csv = mvc.perform(get("/api/v1/public/plans/" + id + "/items.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("\uFEFFid,lineageId,parentId,type,kind,number,text,tag,targetForm,direction\r\n")
                .contains("Antal gästnätter i Örebro län ska öka med 33 procent jämfört med 2016.");
    }

    @Test
    void the_portal_search_finds_decided_items_only() throws Exception {
        String page = mvc.perform(get("/portal/sok").param("q", "gästnätter")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Verksamhetsplan med budget 2023").doesNotContain("VP-2026");
    }
}
