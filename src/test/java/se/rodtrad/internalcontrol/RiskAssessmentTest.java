package se.rodtrad.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.audit.HistoryEntry;
import se.rodtrad.planning.Plans;

/** Assessing a risk (sannolikhet × konsekvens), and deciding to accept or treat it. */
@RodtradTest
class RiskAssessmentTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Plans plans;
    @Autowired
    AuditTrail audit;

    /** A draft RTN plan of its own with its internal control plan started and one body risk; returns the risk id. */
    private String newRtnRisk(String text) throws Exception {
        UUID plan = TestPlans.create(context, "RTN", TestPlans.newYear(), "DRAFT");
        mvc.perform(post("/api/v1/plans/" + plan + "/internal-control").with(httpBasic("controller", "controller")))
                .andExpect(status().isCreated());
        String body = mvc.perform(post("/api/v1/plans/" + plan + "/internal-control/risks").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"activity\":\"Ekonomi\",\"text\":\"" + text + "\",\"requirement\":\"d\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.scope").value("BODY"))
                .andExpect(jsonPath("$.requirement").value("d"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static String json(Object version, String fields) {
        return "{\"version\":" + version + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    @Test
    void a_controller_assesses_a_risk_and_the_risk_value_is_probability_times_consequence() throws Exception {
        String risk = newRtnRisk("Risken att fakturor betalas två gånger.");
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/assessment").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(0, "\"probability\":3,\"consequence\":4")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.probability").value(3))
                .andExpect(jsonPath("$.consequence").value(4))
                .andExpect(jsonPath("$.riskValue").value(12))
                .andExpect(jsonPath("$.riskLevel").value("VERY_HIGH"))
                .andExpect(jsonPath("$.exempeldata").value(false))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void accepting_a_risk_requires_a_reason_and_says_so_in_swedish() throws Exception {
        String risk = newRtnRisk("Risken att kontanta medel hanteras felaktigt på mässor.");
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/assessment").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(0, "\"probability\":1,\"consequence\":2")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/decision").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(1, "\"decision\":\"ACCEPT\",\"reason\":\"   \"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Ange skäl för att acceptera risken \"Risken att kontanta medel hanteras "
                        + "felaktigt på mässor.\". En risk som accepteras utan åtgärd måste motiveras."));
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/decision").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(1, "\"decision\":\"ACCEPT\",\"reason\":\"Kontanthantering förekommer högst två gånger per år.\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("ACCEPT"))
                .andExpect(jsonPath("$.decisionReason").value("Kontanthantering förekommer högst två gånger per år."));
        // treating it later drops the reason
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/decision").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(2, "\"decision\":\"TREAT\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("TREAT"))
                .andExpect(jsonPath("$.decisionReason").doesNotExist());
    }

    @Test
    void a_risk_must_be_assessed_before_it_is_accepted_or_treated() throws Exception {
        String risk = newRtnRisk("Risken att avtal om medfinansiering saknas.");
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/decision").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(0, "\"decision\":\"TREAT\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Bedöm risken \"Risken att avtal om medfinansiering saknas.\" (sannolikhet och "
                        + "konsekvens) innan du beslutar om den ska accepteras eller åtgärdas."));
    }

    @Test
    void probability_and_consequence_are_on_scales_from_one_to_four() throws Exception {
        String risk = newRtnRisk("Risken att ansökningar om företagsstöd handläggs olika.");
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/assessment").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(0, "\"probability\":5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("probability"))
                .andExpect(jsonPath("$.errors[0].message").value("Välj sannolikhet 1–4."))
                .andExpect(jsonPath("$.errors[1].field").value("consequence"))
                .andExpect(jsonPath("$.errors[1].message").value("Välj konsekvens 1–4."));
        mvc.perform(get("/api/v1/plans/" + planOf(risk) + "/internal-control").with(httpBasic("lasare", "lasare")))
                .andExpect(jsonPath("$.risks[0].probability").doesNotExist())
                .andExpect(jsonPath("$.risks[0].version").value(0));
    }

    @Test
    void a_controller_of_another_body_is_refused_and_nothing_changes() throws Exception {
        var rtn2020 = plans.byKey("rtn-2020").orElseThrow();
        String body = mvc.perform(get("/api/v1/plans/" + rtn2020.id() + "/internal-control").with(httpBasic("lasare", "lasare")))
                .andReturn().getResponse().getContentAsString();
        String risk = JsonPath.read(body, "$.risks[0].id");
        int version = JsonPath.read(body, "$.risks[0].version");
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/assessment").with(httpBasic("controller-rs", "controller-rs"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(version, "\"probability\":2,\"consequence\":2")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/decision").with(httpBasic("controller-rs", "controller-rs"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(version, "\"decision\":\"TREAT\"")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/assessment").with(httpBasic("politiker", "politiker"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(version, "\"probability\":2,\"consequence\":2")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans/" + rtn2020.id() + "/internal-control").with(httpBasic("lasare", "lasare")))
                .andExpect(jsonPath("$.risks[0].probability").doesNotExist())
                .andExpect(jsonPath("$.risks[0].version").value(version));
    }

    @Test
    void a_stale_assessment_is_refused_with_the_other_persons_version() throws Exception {
        String risk = newRtnRisk("Risken att lönebidrag redovisas fel.");
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/assessment").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(0, "\"probability\":2,\"consequence\":3")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/assessment").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(0, "\"probability\":4,\"consequence\":4")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Någon annan (admin) sparade en ändring")))
                .andExpect(jsonPath("$.current.assessment.probability").value(2));
    }

    @Test
    void every_assessment_and_decision_is_in_the_plans_history() throws Exception {
        String risk = newRtnRisk("Risken att delegationsbeslut inte anmäls.");
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/assessment").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(0, "\"probability\":3,\"consequence\":2")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/internal-control/risks/" + risk + "/decision").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(1, "\"decision\":\"TREAT\"")))
                .andExpect(status().isOk());
        UUID icPlan = jdbc.sql("select ic_plan_id from ic_risk where id = ?").param(UUID.fromString(risk)).query(UUID.class).single();
        List<HistoryEntry> history = audit.history("ic_plan", icPlan);
        assertThat(history.get(0).actor()).isEqualTo("controller");
        assertThat(history.get(0).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("decision");
            assertThat(c.after()).isEqualTo("TREAT");
        });
        assertThat(history.get(1).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("probability");
            assertThat(c.before()).isNull();
            assertThat(c.after()).isEqualTo("3");
        });
    }

    private UUID planOf(String risk) {
        return jdbc.sql("select p.plan_id from ic_risk r join ic_plan p on p.id = r.ic_plan_id where r.id = ?")
                .param(UUID.fromString(risk)).query(UUID.class).single();
    }
}
