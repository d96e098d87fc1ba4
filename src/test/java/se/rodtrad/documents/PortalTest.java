package se.rodtrad.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

    @Test
    void the_public_plan_list_comes_a_page_at_a_time_and_following_next_gives_every_decided_plan_once() throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var whole = json.readTree(mvc.perform(get("/api/v1/public/plans").param("size", "1000")).andReturn().getResponse().getContentAsString());
        long total = whole.path("paging").path("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3).isEqualTo(whole.path("data").size());
        assertThat(whole.path("paging").path("next").isNull()).isTrue();

        java.util.List<String> walked = new java.util.ArrayList<>();
        String next = "/api/v1/public/plans?size=1";
        while (next != null) {
            var r = mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse();
            var page = json.readTree(r.getContentAsString());
            assertThat(page.path("data").size()).isEqualTo(1);
            page.path("data").forEach(p -> walked.add(p.path("id").asText()));
            next = page.path("paging").path("next").isNull() ? null : page.path("paging").path("next").asText();
            if (next != null) {
                assertThat(r.getHeader("Link")).contains("<" + next + ">; rel=\"next\"");
            }
            assertThat(walked.size()).isLessThanOrEqualTo((int) total);
        }
        assertThat(walked).doesNotHaveDuplicates().hasSize((int) total);
        assertThat(walked).doesNotContain(plans.byKey("rtn-2026").orElseThrow().id().toString());
    }

    @Test
    void the_public_plan_list_is_per_organisation_and_refuses_sizes_it_cannot_serve() throws Exception {
        String rtn2023 = plans.byKey("rtn-2023").orElseThrow().id().toString();
        mvc.perform(get("/api/v1/public/plans").param("organisation", "0018"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[?(@.id == '" + rtn2023 + "')].title").value("Verksamhetsplan med budget 2023"));
        // Örebro kommun is an organisation of its own: none of the region's plans are its plans
        String municipality = mvc.perform(get("/api/v1/public/plans").param("organisation", "1880")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(municipality).doesNotContain(rtn2023);
        mvc.perform(get("/api/v1/public/plans").param("organisation", "9999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/plans").param("size", "5000")).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("En sida kan visa mellan 1 och")));
        mvc.perform(get("/api/v1/public/plans").param("page", "-1")).andExpect(status().isBadRequest());
        String csv = mvc.perform(get("/api/v1/public/plans.csv").param("size", "1")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("Link");
        assertThat(csv).contains("rel=\"next\"").contains("page=1");
    }

    @Test
    void the_portal_shows_the_home_region_a_page_at_a_time_and_lets_the_visitor_choose_another_organisation() throws Exception {
        String start = mvc.perform(get("/portal")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("Beslutade planer i Region Örebro län");
        mvc.perform(get("/portal").param("organisation", "0018").param("sida", "2")).andExpect(status().isOk());
        mvc.perform(get("/portal").param("organisation", "finnsinte")).andExpect(status().isNotFound());
        mvc.perform(get("/portal").param("sida", "0")).andExpect(status().isBadRequest());
    }
}
