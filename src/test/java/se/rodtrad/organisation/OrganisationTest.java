package se.rodtrad.organisation;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.audit.HistoryEntry;

@RodtradTest
class OrganisationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisation organisation;
    @Autowired
    AuditTrail audit;

    @Test
    void demo_data_holds_region_orebro_its_bodies_and_its_twelve_municipalities() {
        Unit region = organisation.homeRegion();
        assertThat(region.name()).isEqualTo("Region Örebro län");
        assertThat(region.koladaId()).isEqualTo("0018");
        assertThat(organisation.bodies()).extracting(Unit::name)
                .contains("Regionfullmäktige", "Regionstyrelsen", "Regional tillväxtnämnd", "Kultur- och fritidsnämnd", "Samhällsbyggnadsnämnd");
        List<Unit> municipalities = organisation.children(region.id()).stream().filter(u -> u.type() == UnitType.MUNICIPALITY).toList();
        assertThat(municipalities).hasSize(12).extracting(Unit::koladaId).contains("1880", "1885", "1814");
        assertThat(organisation.units().stream().filter(u -> u.type() == UnitType.MUNICIPALITY)).hasSize(290);
        assertThat(organisation.units().stream().filter(u -> u.type() == UnitType.REGION)).hasSize(21);
    }

    @Test
    void the_administration_has_its_areas_as_in_the_plan() {
        // other tests rename some areas of the shared demo database; these they leave alone
        Unit fru = organisation.unitByCode("FRU").orElseThrow();
        assertThat(organisation.children(fru.id())).extracting(Unit::name)
                .contains("Näringslivsutveckling", "Energi och klimat", "Fellingsbro Folkhögskola", "Kävesta Folkhögskola");
    }

    @Test
    void comparison_group_jamforbara_lan_holds_the_four_counties() {
        assertThat(organisation.comparisonGroup("jamforbara-lan").orElseThrow().members()).extracting(Unit::koladaId)
                .containsExactlyInAnyOrder("0006", "0007", "0017", "0019");
    }

    @Test
    void units_api_returns_id_code_name_type_and_parent() throws Exception {
        mvc.perform(get("/api/v1/organisation/units").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '0018')].name").value("Region Örebro län"))
                .andExpect(jsonPath("$[?(@.code == '0018')].type").value("REGION"))
                .andExpect(jsonPath("$[?(@.code == '1880')].parentId").isNotEmpty())
                .andExpect(jsonPath("$[0].id").isNotEmpty());
    }

    @Test
    void unauthenticated_api_write_is_refused() throws Exception {
        Unit area = organisation.unitByCode("FRU-EK").orElseThrow();
        mvc.perform(put("/api/v1/organisation/units/" + area.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"name\":\"X\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisation/units")).andExpect(status().isUnauthorized());
        assertThat(organisation.unit(area.id()).name()).isEqualTo("Energi och klimat");
    }

    @Test
    void a_rename_appears_in_the_history_with_before_and_after() throws Exception {
        Unit area = organisation.unitByCode("FRU-VF").orElseThrow();
        mvc.perform(post("/organisation/enheter/" + area.id()).with(user("controller")).with(csrf())
                        .param("version", String.valueOf(area.version()))
                        .param("name", "Välfärd, folkhälsa och jämlikhet"))
                .andExpect(status().is3xxRedirection());
        List<HistoryEntry> history = audit.history("org_unit", area.id());
        assertThat(history.get(0).actor()).isEqualTo("controller");
        assertThat(history.get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("name");
            assertThat(c.before()).isEqualTo("Välfärd och folkhälsa");
            assertThat(c.after()).isEqualTo("Välfärd, folkhälsa och jämlikhet");
        });
        mvc.perform(get("/organisation/enheter/" + area.id()).with(user("lasare")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Välfärd och folkhälsa")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Historik")));
    }

    @Test
    void two_editors_of_the_same_area_get_the_conflict_message_and_neither_edit_is_lost() throws Exception {
        Unit area = organisation.unitByCode("FRU-UA").orElseThrow();
        int read = area.version();
        mvc.perform(post("/organisation/enheter/" + area.id()).with(user("admin")).with(csrf())
                        .param("version", String.valueOf(read)).param("name", "Utbildning och arbetsmarknad (A)"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/organisation/enheter/" + area.id()).with(user("controller")).with(csrf())
                        .param("version", String.valueOf(read)).param("name", "Utbildning och arbetsmarknad (B)"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Någon annan (admin) sparade en ändring")
                .contains("Utbildning och arbetsmarknad (A)")   // their version, shown
                .contains("value=\"Utbildning och arbetsmarknad (B)\""); // my text, kept in the form
        assertThat(organisation.unit(area.id()).name()).isEqualTo("Utbildning och arbetsmarknad (A)");

        mvc.perform(put("/api/v1/organisation/units/" + area.id()).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + read + ",\"name\":\"C\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.name").value("Utbildning och arbetsmarknad (A)"));
    }

    @Test
    void permissions_are_scoped_to_the_units_a_person_is_assigned_to() throws Exception {
        Unit area = organisation.unitByCode("FRU-NU").orElseThrow();
        mvc.perform(put("/api/v1/organisation/units/" + area.id()).with(httpBasic("controller-rs", "controller-rs"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + area.version() + ",\"name\":\"X\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organisation/units/" + area.id()).with(httpBasic("politiker", "politiker"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + area.version() + ",\"name\":\"X\"}"))
                .andExpect(status().isForbidden());
        assertThat(organisation.unit(area.id()).name()).isEqualTo("Näringslivsutveckling");
    }

    @Test
    void an_empty_name_is_refused_with_a_swedish_message_and_nothing_changes() throws Exception {
        Unit area = organisation.unitByCode("FRU-FG").orElseThrow();
        mvc.perform(put("/api/v1/organisation/units/" + area.id()).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + area.version() + ",\"name\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Fältet \"Namn\" måste fyllas i."));
        assertThat(organisation.unit(area.id()).version()).isEqualTo(area.version());
    }

    @Test
    void script_tags_in_a_name_are_shown_as_text_never_run() throws Exception {
        Unit unit = organisation.unitByCode("FRU-SPI").orElseThrow();
        mvc.perform(put("/api/v1/organisation/units/" + unit.id()).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + unit.version() + ",\"name\":\"<script>alert('x')</script><b>fet</b>\"}"))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/organisation/enheter/" + unit.id()).with(user("lasare")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;fet&lt;/b&gt;").doesNotContain("<script>alert");
    }
}
