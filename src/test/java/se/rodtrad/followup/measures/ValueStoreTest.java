package se.rodtrad.followup.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.audit.AuditTrail;

@RodtradTest
class ValueStoreTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Measures measures;
    @Autowired
    IndicatorValues values;
    @Autowired
    AuditTrail audit;

    private Measure newMeasure(String code, boolean byGender) {
        return measures.create(new MeasureForm(code, null, "Testmått " + code, "testmått", "antal", "Testmått", null, null, "Test",
                byGender));
    }

    @Test
    @WithMockUser("admin")
    void a_value_entered_by_hand_is_stored_exactly_with_its_source_and_publication() {
        Measure m = newMeasure("TEST-EXAKT", false);
        IndicatorValue v = values.enter(new EnterValue(m.id(), null, null, "18", "2021", "T", "456,125", "3", null,
                "SCB regionalräkenskaper", "2023-12-14", true, null));
        assertThat(v.unitCode()).isEqualTo("0018");
        assertThat(v.value()).isEqualByComparingTo(new BigDecimal("456.125"));
        assertThat(v.count()).isEqualTo(3);
        assertThat(v.period()).isEqualTo(Period.year(2021));
        assertThat(v.published()).hasToString("2023-12-14");
        assertThat(v.preliminary()).isTrue();
    }

    @Test
    @WithMockUser("admin")
    void a_revision_keeps_the_previous_value_with_who_and_why_and_is_in_the_history() {
        Measure m = newMeasure("TEST-REVISION", false);
        IndicatorValue first = values.enter(new EnterValue(m.id(), null, null, "0006", "2019", null, "426", null, null,
                "regionfakta", "2021-12-10", false, null));
        IndicatorValue revised = values.enter(new EnterValue(m.id(), first.id(), first.version(), null, null, null, "427", null, null,
                "regionfakta", "2023-12-14", false, "SCB reviderade 2019 i publiceringen 2023-12-14"));
        assertThat(revised.value()).isEqualByComparingTo("427");
        List<ValueRevision> revisions = values.revisions(first.id());
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).value()).isEqualByComparingTo("426");
        assertThat(revisions.get(0).published()).hasToString("2021-12-10");
        assertThat(revisions.get(0).replacedBy()).isEqualTo("admin");
        assertThat(revisions.get(0).reason()).contains("reviderade");
        assertThat(audit.history("indicator_value", first.id())).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.changes()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("value");
                assertThat(c.before()).isEqualTo("426");
                assertThat(c.after()).isEqualTo("427");
            });
        });
    }

    @Test
    @WithMockUser("admin")
    void a_stale_revision_is_refused_as_a_conflict_and_the_other_value_stays() {
        Measure m = newMeasure("TEST-KONFLIKT", false);
        IndicatorValue v = values.enter(new EnterValue(m.id(), null, null, "0018", "2020", null, "1", null, null, null, null, false, null));
        values.enter(new EnterValue(m.id(), v.id(), v.version(), null, null, null, "2", null, null, null, null, false, "rättelse"));
        assertThatThrownBy(() -> values.enter(new EnterValue(m.id(), v.id(), v.version(), null, null, null, "3", null, null, null, null,
                false, "min rättelse")))
                .isInstanceOf(se.rodtrad.shared.domain.ConflictException.class);
        assertThat(values.value(v.id()).value()).isEqualByComparingTo("2");
    }

    @Test
    void bad_input_gets_one_swedish_message_per_field_and_nothing_is_stored() throws Exception {
        Measure m = measures.all().stream().filter(x -> x.code().equals("TEST-API")).findFirst().orElseGet(() -> {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("admin", "x", List.of()));
            try {
                return newMeasure("TEST-API", false);
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        });
        mvc.perform(post("/api/v1/measures/" + m.id() + "/values").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unit\":\"9999\",\"period\":\"2021-13\",\"gender\":\"K\",\"value\":\"12,3x\",\"count\":\"-1\",\"published\":\"2021-02-30\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'unit')].message").value("Enheten \"9999\" finns inte. Ange Kolada-id (t.ex. 0018), länskod (18) eller enhetens kod."))
                .andExpect(jsonPath("$.errors[?(@.field == 'period')].message").value("Perioden \"2021-13\" känns inte igen. Skriv t.ex. 2021, 2021-T2 eller 2021-03."))
                .andExpect(jsonPath("$.errors[?(@.field == 'gender')].message").value("Måttet testmått redovisas inte per kön; ange T (totalt)."))
                .andExpect(jsonPath("$.errors[?(@.field == 'value')].message").value("Fältet \"Värde\": \"12,3x\" är inget tal. Skriv t.ex. 456 eller 4,1."))
                .andExpect(jsonPath("$.errors[?(@.field == 'count')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'published')].message").value("Datumet \"2021-02-30\" känns inte igen. Skriv ÅÅÅÅ-MM-DD."));
        mvc.perform(get("/api/v1/measures/" + m.id() + "/values").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void the_api_lists_a_measures_values_and_takes_new_ones_only_from_those_allowed_to() throws Exception {
        String created = mvc.perform(post("/api/v1/measures").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"TEST-API2\",\"name\":\"Gästnätter\",\"shortName\":\"antal gästnätter\",\"subject\":\"Gästnätter\",\"unit\":\"antal\",\"byGender\":false}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/measures/" + id + "/values").with(httpBasic("politiker", "politiker"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unit\":\"0018\",\"period\":\"2024\",\"value\":1200000}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/measures/" + id + "/values").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unit\":\"0018\",\"period\":\"2024\",\"value\":1200000,\"source\":\"Tillväxtverket\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/measures/" + id + "/values").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unit\":\"0018\",\"period\":\"2024\",\"value\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Det finns redan ett värde för Region Örebro län 2024 (T). Revidera det i stället."));
        mvc.perform(get("/api/v1/measures/" + id + "/values?unit=0018").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].period").value("2024"))
                .andExpect(jsonPath("$[0].value").value(1200000))
                .andExpect(jsonPath("$[0].source").value("Tillväxtverket"));
    }

    @Test
    void the_measure_page_shows_values_by_year_and_the_entry_form_keeps_what_was_typed() throws Exception {
        String created = mvc.perform(post("/api/v1/measures").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"TEST-SIDA\",\"name\":\"Andel\",\"shortName\":\"andel\",\"subject\":\"Andel\",\"unit\":\"%\",\"byGender\":true}"))
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(created, "$.id"));
        mvc.perform(post("/uppfoljning/matt/" + id + "/varden").with(user("admin")).with(csrf())
                        .param("unit", "0018").param("period", "2022").param("gender", "K").param("value", "31,5"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/uppfoljning/matt/" + id + "/varden").with(user("admin")).with(csrf())
                        .param("unit", "0018").param("period", "tjugotjugo").param("gender", "K").param("value", "31,5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Perioden &quot;tjugotjugo&quot; känns inte igen").contains("value=\"tjugotjugo\"");
        String table = mvc.perform(get("/uppfoljning/matt/" + id + "?kon=K").with(user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(table).contains("Region Örebro län").contains("31,5").contains("<svg").doesNotContain("Lägg in ett värde");
    }
}
