package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.Plans;

/** The frame page: the demo's 2026 conditions, a controller rebuilding the areas' frames, every step shown. */
@RodtradTest
class FramePagesTest {

    @org.junit.jupiter.api.AfterEach
    void removeTheTestsPlans() {
        fixtures.cleanUp();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    FrameRepository repository;
    @Autowired
    BudgetFixtures fixtures;
    @Autowired
    Organisation organisation;

    @Test
    void the_2026_conditions_hold_the_printed_parameters_and_example_areas_labelled_as_such() throws Exception {
        UUID plan = plans.byKey("rtn-2026").orElseThrow().id();
        Frame f = frame(plan);
        assertThat(f.netFrameKr()).isEqualByComparingTo("151300000");
        assertThat(f.previousNetFrameKr()).isEqualByComparingTo("146800000");
        assertThat(f.indexPercent()).isEqualByComparingTo("3.1");
        assertThat(f.indexAmountKr()).isEqualByComparingTo("4600000");
        assertThat(f.salaryAmountKr().add(f.poAmountKr()).add(f.priceAmountKr())).isEqualByComparingTo("4600000");
        assertThat(f.allowancePerFte()).isEqualByComparingTo("33006");
        assertThat(f.hoursPerFte()).isEqualByComparingTo("1720");
        assertThat(f.sickPayPercent()).isEqualByComparingTo("4");
        assertThat(f.reservesKr()).isEqualByComparingTo("5000000");
        assertThat(f.areas()).hasSize(7).allMatch(Frame.AreaInput::exampleData);
        mvc.perform(get("/budget/" + plan + "/ramanslag").with(user("lasare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("151,3\u00a0mnkr")))
                .andExpect(content().string(containsString("33\u00a0006\u00a0kr")))
                .andExpect(content().string(containsString("exempeldata")))
                .andExpect(content().string(containsString("Så räknades varje krona")))
                .andExpect(content().string(containsString("100\u00a0000\u00a0kr för mycket är fördelat")));
    }

    @Test
    void a_controller_enters_the_areas_figures_and_sees_each_new_frame_with_its_steps() throws Exception {
        UUID plan = fixtures.planWithFrame();
        UUID nu = organisation.unitByCode("FRU-NU").orElseThrow().id();
        UUID ek = organisation.unitByCode("FRU-EK").orElseThrow().id();
        Frame before = frame(plan);
        mvc.perform(post("/budget/" + plan + "/ramanslag/omraden").with(user("controller")).with(csrf())
                        .param("version", String.valueOf(before.version()))
                        .param("area-" + nu + "-fte", "10").param("area-" + nu + "-hours", "1 720").param("area-" + nu + "-previous", "6 000 000")
                        .param("area-" + ek + "-fte", "9").param("area-" + ek + "-hours", "0").param("area-" + ek + "-previous", "3 000 000"))
                .andExpect(status().is3xxRedirection());
        // unchanged figures: nothing saved, still example data
        assertThat(frame(plan).version()).isEqualTo(before.version());
        mvc.perform(post("/budget/" + plan + "/ramanslag/omraden").with(user("controller")).with(csrf())
                        .param("version", String.valueOf(before.version()))
                        .param("area-" + nu + "-fte", "10").param("area-" + nu + "-hours", "1 720").param("area-" + nu + "-previous", "6 000 000")
                        .param("area-" + ek + "-fte", "12,5").param("area-" + ek + "-hours", "0").param("area-" + ek + "-previous", "3 000 000"))
                .andExpect(status().is3xxRedirection());
        Frame after = frame(plan);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        Frame.AreaInput energy = after.areas().stream().filter(a -> a.areaId().equals(ek)).findFirst().orElseThrow();
        assertThat(energy.fte()).isEqualByComparingTo("12.5");
        assertThat(energy.exampleData()).isFalse();
        // 9 + 12,5 frame-financed FTEs: NU 2 500 000 × 9 / 21,5 = 1 046 511,6 → 1 046 512 (largest remainder)
        AllocationModel.AreaResult n = calculation(plan).areas().get(0);
        assertThat(n.salaryKr()).isEqualByComparingTo("1046512");
        mvc.perform(get("/budget/" + plan + "/ramanslag").with(user("controller"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Löneökning: 2\u00a0500\u00a0000\u00a0kr × 9,00 åa ÷ 21,50 åa = 1\u00a0046\u00a0512\u00a0kr.")));
    }

    @Test
    void a_bad_figure_names_the_area_and_a_stale_save_is_refused() throws Exception {
        UUID plan = fixtures.planWithFrame();
        UUID nu = organisation.unitByCode("FRU-NU").orElseThrow().id();
        Frame f = frame(plan);
        mvc.perform(post("/budget/" + plan + "/ramanslag/omraden").with(user("controller")).with(csrf())
                        .param("version", String.valueOf(f.version())).param("area-" + nu + "-fte", "tio"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ange Årsarbetare (åa) för Näringslivsutveckling som ett tal utan minustecken; ”tio” går inte att läsa.")))
                .andExpect(content().string(containsString("value=\"tio\"")));
        mvc.perform(post("/budget/" + plan + "/ramanslag/omraden").with(user("controller")).with(csrf())
                        .param("version", String.valueOf(f.version() - 1)).param("area-" + nu + "-fte", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat samtidigt")));
        assertThat(frame(plan).areas().get(0).fte()).isEqualByComparingTo("10");
    }

    @Test
    void a_reduction_for_an_area_is_recorded_with_its_reason_and_lowers_that_areas_frame() throws Exception {
        UUID plan = fixtures.planWithFrame();
        UUID nu = organisation.unitByCode("FRU-NU").orElseThrow().id();
        Frame f = frame(plan);
        mvc.perform(post("/budget/" + plan + "/ramanslag/forandringar").with(user("controller")).with(csrf())
                        .param("version", String.valueOf(f.version())).param("amount", "-400 000").param("reason", "Åtgärdskrav enligt periodrapport")
                        .param("areaId", nu.toString()))
                .andExpect(status().is3xxRedirection());
        Frame after = frame(plan);
        assertThat(after.changes()).singleElement().satisfies(c -> {
            assertThat(c.amountKr()).isEqualByComparingTo("-400000");
            assertThat(c.reason()).isEqualTo("Åtgärdskrav enligt periodrapport");
            assertThat(c.areaName()).isEqualTo("Näringslivsutveckling");
        });
        // NU: 6 000 000 + 1 250 000 + 450 000 − 68 000 + 800 000 − 400 000
        assertThat(calculation(plan).areas().get(0).newFrameKr()).isEqualByComparingTo("8032000");
        mvc.perform(post("/budget/" + plan + "/ramanslag/forandringar").with(user("controller")).with(csrf())
                        .param("version", String.valueOf(after.version())).param("amount", "").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fältet &quot;Belopp&quot; måste fyllas i.")))
                .andExpect(content().string(containsString("Fältet &quot;Motivering&quot; måste fyllas i.")));
        mvc.perform(post("/budget/" + plan + "/ramanslag/forandringar").with(user("politiker")).with(csrf())
                .param("version", String.valueOf(after.version())).param("amount", "1").param("reason", "x")).andExpect(status().isForbidden());
    }

    Frame frame(UUID plan) {
        return repository.findByPlan(plan).orElseThrow();
    }

    AllocationModel.Result calculation(UUID plan) {
        return new AllocationModel().calculate(frame(plan));
    }
}
