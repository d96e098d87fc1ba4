package se.rodtrad.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;

/**
 * The demo plans hold every steering item of their documents, in document order and with the exact wording.
 * Counts were made independently from the YAML and the texts checked against the seeds (only line-end
 * hyphenation removed and lines joined). The demo plans are only read here.
 */
@RodtradTest
@WithMockUser("lasare")
class DemoPlansTest {

    @Autowired
    Plans plans;
    @Autowired
    PlanModel model;
    @Autowired
    MockMvc mvc;

    private List<PlanItem> items(String key) {
        return model.items(plans.byKey(key).orElseThrow().id());
    }

    private static Map<ItemType, Long> counts(List<PlanItem> items) {
        Map<ItemType, Long> result = new EnumMap<>(ItemType.class);
        items.forEach(i -> result.merge(i.type(), 1L, Long::sum));
        return result;
    }

    private static PlanItem withText(List<PlanItem> items, String text) {
        return items.stream().filter(i -> i.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("Saknas: " + text));
    }

    @Test
    void rtn_2023_holds_3_perspectives_21_goals_64_indicators_9_assignments_24_strategies_and_is_decided() {
        List<PlanItem> items = items("rtn-2023");
        assertThat(counts(items)).containsExactlyInAnyOrderEntriesOf(Map.of(ItemType.PERSPECTIVE, 3L, ItemType.GOAL, 21L,
                ItemType.INDICATOR, 64L, ItemType.ASSIGNMENT, 9L, ItemType.STRATEGY, 24L));
        assertThat(plans.byKey("rtn-2023").orElseThrow().status()).isEqualTo(PlanStatus.DECIDED);

        // seed 000 l. 537-539
        PlanItem em5 = withText(items, "Länets invånare och de som verkar i Örebro län har stark konkurrenskraft, hög och jämlik livskvalitet och god resurseffektivitet.");
        assertThat(em5.kind()).isEqualTo("Effektmål");
        assertThat(em5.number()).isEqualTo("5");
        assertThat(em5.type()).isEqualTo(ItemType.GOAL);

        // seed 000 l. 701
        PlanItem guestNights = withText(items, "Antal gästnätter i Örebro län ska öka med 33 procent jämfört med 2016.");
        assertThat(guestNights.type()).isEqualTo(ItemType.INDICATOR);
        assertThat(guestNights.target().form()).isEqualTo(TargetForm.RELATIVE_CHANGE);
        assertThat(guestNights.target().direction()).isEqualTo(Direction.INCREASE);
        assertThat(guestNights.target().percent()).isEqualByComparingTo("33");
        assertThat(guestNights.target().baseYear()).isEqualTo(2016);

        // seed 000 l. 870: the origin tag as printed
        assertThat(items.stream().filter(i -> "Från 2022 fortsätter 2023".equals(i.tag()))).hasSize(7);
        assertThat(items.stream().filter(i -> "Nytt 2023".equals(i.tag()))).hasSize(1);
    }

    @Test
    void rtn_2020_holds_3_perspectives_20_goals_57_indicators_8_assignments_27_strategies() {
        List<PlanItem> items = items("rtn-2020");
        assertThat(counts(items)).containsExactlyInAnyOrderEntriesOf(Map.of(ItemType.PERSPECTIVE, 3L, ItemType.GOAL, 20L,
                ItemType.INDICATOR, 57L, ItemType.ASSIGNMENT, 8L, ItemType.STRATEGY, 27L));
        assertThat(plans.byKey("rtn-2020").orElseThrow().status()).isEqualTo(PlanStatus.PROPOSAL);
        // seed 001 l. 2789
        PlanItem startups = withText(items, "Antal nystartade företag per 1000 invånare ska vara högre än snittet för riket.");
        assertThat(startups.target().form()).isEqualTo(TargetForm.NATIONAL);
        assertThat(startups.target().direction()).isEqualTo(Direction.INCREASE);
    }

    @Test
    void rtn_2026_proposal_holds_ten_malsattningar_19_goals_22_indicators_26_assignments_with_their_printed_tags() {
        List<PlanItem> items = items("rtn-2026");
        assertThat(counts(items)).containsExactlyInAnyOrderEntriesOf(Map.of(ItemType.PERSPECTIVE, 2L, ItemType.GOAL, 19L,
                ItemType.INDICATOR, 22L, ItemType.ASSIGNMENT, 26L));
        // the overview slide (seed 004 l. 78-88) lists ten målsättningar, Nr 1–10, in order; the two unnumbered headings
        // of the common uppdrag (l. 317, 321) are headings, not målsättningar
        assertThat(items.stream().filter(i -> "Målsättning".equals(i.kind())).map(PlanItem::number)
                .map(n -> n.replaceAll("(?i)nr\\s*", ""))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(withText(items, "Beredskap och säkerhet").type()).isEqualTo(ItemType.PERSPECTIVE);
        assertThat(plans.byKey("rtn-2026").orElseThrow().status()).isEqualTo(PlanStatus.PROPOSAL);
        // seed 004 l. 166
        PlanItem focus = withText(items, "Tidiga insatser för barn och unga");
        assertThat(focus.kind()).isEqualTo("Fokusområde");
        assertThat(focus.number()).isEqualTo("4.2");
        // seed 004 l. 186
        PlanItem nr32 = withText(items, "Att främja att fler barn och unga klarar av sina studier.");
        assertThat(nr32.type()).isEqualTo(ItemType.ASSIGNMENT);
        assertThat(nr32.number()).isEqualTo("32");
        assertThat(nr32.tag()).isEqualTo("FM 2026");
        assertThat(nr32.issuer()).isEqualTo("FM");
        assertThat(nr32.parentId()).isNotNull();
        // the 17 numbered FM uppdrag of the summary slide (seed 004 l. 327-370)
        assertThat(items.stream().filter(i -> i.type() == ItemType.ASSIGNMENT && i.number() != null)).hasSize(17);
        // slips kept as printed: "Förlag DN 2026", "DN2025"
        assertThat(items).extracting(PlanItem::tag).contains("Förlag DN 2026", "DN2025");
    }

    @Test
    void rs_2024_holds_3_perspectives_10_goals_21_indicators_18_assignments_26_strategies() {
        List<PlanItem> items = items("rs-2024");
        assertThat(counts(items)).containsExactlyInAnyOrderEntriesOf(Map.of(ItemType.PERSPECTIVE, 3L, ItemType.GOAL, 10L,
                ItemType.INDICATOR, 21L, ItemType.ASSIGNMENT, 18L, ItemType.STRATEGY, 26L));
        // the three RUS "gap" (seed 002 l. 487-509) are no goals but the note of the uppdrag that refers to them
        assertThat(items).noneSatisfy(i -> assertThat(i.kind()).isEqualTo("Gap"));
        assertThat(model.entries(plans.byKey("rs-2024").orElseThrow().id()).stream()
                .filter(e -> e.item().text().startsWith("Region Örebro län ska tillsammans med länets övriga aktörer kraftsamla"))
                .findFirst().orElseThrow().note())
                .contains("1. Ökad inkludering").contains("3. Omställning till ett långsiktigt hållbart näringsliv");
        // and a sentence of the budget prose (l. 722-724) is no uppdrag
        assertThat(items).noneSatisfy(i -> assertThat(i.text()).startsWith("Enligt regionfullmäktiges budget 2024"));
        // seed 002 l. 319
        PlanItem broadband = withText(items, "Antal kommuner som uppnått indikatorn om 95 procent för 100 Mbit/s.");
        assertThat(broadband.target().form()).isEqualTo(TargetForm.THRESHOLD);
        assertThat(broadband.target().threshold()).isEqualByComparingTo("95");
        assertThat(broadband.target().unitsOf()).isEqualTo("kommuner");
    }

    @Test
    void rus_holds_the_vision_three_overall_goals_eighteen_effect_goals_and_ten_priority_areas() {
        List<PlanItem> items = items("rus-2018-2030");
        assertThat(counts(items)).containsExactlyInAnyOrderEntriesOf(Map.of(ItemType.PERSPECTIVE, 4L, ItemType.GOAL, 36L, ItemType.STRATEGY, 3L));
        assertThat(items.stream().filter(i -> "Vision".equals(i.kind()))).singleElement()
                .extracting(PlanItem::text).isEqualTo("Örebroregionen – Sveriges hjärta. En attraktiv och pulserande region för alla");
        assertThat(items.stream().filter(i -> "Övergripande mål".equals(i.kind()))).extracting(PlanItem::text)
                .containsExactly("Stark konkurrenskraft", "Hög och jämlik livskvalitet", "God resurseffektivitet");
        assertThat(items.stream().filter(i -> "Effektmål".equals(i.kind()))).hasSize(18);
        assertThat(items.stream().filter(i -> "Prioriterat område".equals(i.kind()))).hasSize(10);
    }

    @Test
    void the_three_action_plans_hold_7_perspectives_21_goals_4_strategies_4_activities_and_serve_rus() {
        List<String> keys = List.of("hp-halsa-2019-2022", "hp-sammanhallen-vard-2019-2022", "hp-social-valfard-2019-2022");
        Map<ItemType, Long> total = new EnumMap<>(ItemType.class);
        keys.forEach(k -> counts(items(k)).forEach((t, n) -> total.merge(t, n, Long::sum)));
        assertThat(total).containsExactlyInAnyOrderEntriesOf(Map.of(ItemType.PERSPECTIVE, 7L, ItemType.GOAL, 21L,
                ItemType.STRATEGY, 4L, ItemType.ACTIVITY, 4L));
        assertThat(plans.byKey("hp-halsa-2019-2022").orElseThrow().kind()).isEqualTo("ACTION_PLAN");

        // every goal of an action plan that names a RUS item reaches a real RUS item
        for (String k : keys) {
            UUID planId = plans.byKey(k).orElseThrow().id();
            model.entries(planId).stream().flatMap(e -> e.serves().stream())
                    .forEach(link -> assertThat(link.itemId()).as(link.lineageKey()).isNotNull());
            assertThat(model.planLinks(planId)).allSatisfy(link -> assertThat(link.itemId()).as(link.lineageKey()).isNotNull());
        }
    }

    @Test
    void items_come_in_document_order_with_parents_before_children() {
        List<PlanItem> items = items("rtn-2023");
        assertThat(items).extracting(PlanItem::position).isSorted().doesNotHaveDuplicates();
        assertThat(items.get(0).position()).isZero();
        Set<UUID> seen = new java.util.HashSet<>();
        for (PlanItem i : items) {
            if (i.parentId() != null) {
                assertThat(seen).contains(i.parentId());
            }
            seen.add(i.id());
        }
        assertThat(items.get(0).type()).isEqualTo(ItemType.PERSPECTIVE);
        assertThat(items.get(0).text()).isEqualTo("Invånare och samhälle");
        assertThat(items.get(1).text()).startsWith("Länets invånare och de som verkar i Örebro län");
    }

    @Test
    void lineage_keeps_the_same_goal_across_the_three_rtn_years() {
        List<PlanItem> y2023 = items("rtn-2023");
        List<PlanItem> y2026 = items("rtn-2026");
        List<PlanItem> y2020 = items("rtn-2020");
        Set<UUID> l2023 = y2023.stream().map(PlanItem::lineageId).collect(Collectors.toSet());
        assertThat(y2026.stream().filter(i -> l2023.contains(i.lineageId()))).hasSize(17);
        assertThat(y2020.stream().filter(i -> l2023.contains(i.lineageId()))).hasSize(77);

        // RTN "Effektmål nr 7" in 2020 is "Effektmål 5" in 2023 (DOMAIN.md)
        PlanItem em5 = withText(y2023, "Länets invånare och de som verkar i Örebro län har stark konkurrenskraft, hög och jämlik livskvalitet och god resurseffektivitet.");
        // other tests may add plans that continue the lineage; the demo years come first and in order
        Set<UUID> demo = Set.of(plans.byKey("rtn-2020").orElseThrow().id(), plans.byKey("rtn-2023").orElseThrow().id(),
                plans.byKey("rtn-2026").orElseThrow().id());
        List<PlanItem> years = model.lineage(em5.lineageId()).stream().filter(i -> demo.contains(i.planId())).toList();
        assertThat(years).extracting(PlanItem::planId).containsExactly(plans.byKey("rtn-2020").orElseThrow().id(),
                plans.byKey("rtn-2023").orElseThrow().id(), plans.byKey("rtn-2026").orElseThrow().id());
        assertThat(years.get(0).number()).containsIgnoringCase("7");
        assertThat(model.lineageKey(em5.lineageId())).isEqualTo("rtn-em-konkurrenskraft");
    }

    @Test
    void items_api_returns_the_flat_list_with_lineage_provenance_and_the_indicator_target() throws Exception {
        UUID id = plans.byKey("rtn-2023").orElseThrow().id();
        mvc.perform(get("/api/v1/plans/" + id + "/items").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(121))
                .andExpect(jsonPath("$[0].type").value("PERSPECTIVE"))
                .andExpect(jsonPath("$[0].parentId").doesNotExist())
                .andExpect(jsonPath("$[1].kind").value("Effektmål"))
                .andExpect(jsonPath("$[1].number").value("5"))
                .andExpect(jsonPath("$[1].lineageId").isNotEmpty())
                .andExpect(jsonPath("$[1].target").doesNotExist())
                .andExpect(jsonPath("$[?(@.text == 'Antal gästnätter i Örebro län ska öka med 33 procent jämfört med 2016.')].target.form").value("RELATIVE_CHANGE"))
                .andExpect(jsonPath("$[?(@.text == 'Antal gästnätter i Örebro län ska öka med 33 procent jämfört med 2016.')].target.percent").value(33))
                .andExpect(jsonPath("$[?(@.text == 'Antal gästnätter i Örebro län ska öka med 33 procent jämfört med 2016.')].target.baseYear").value(2016))
                .andExpect(jsonPath("$[?(@.tag == 'Nytt 2023')].provenance").value("Nytt 2023"));
        UUID id2026 = plans.byKey("rtn-2026").orElseThrow().id();
        mvc.perform(get("/api/v1/plans/" + id2026 + "/items").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.number == '32')].provenance").value("FM 2026"))
                .andExpect(jsonPath("$[?(@.number == '32')].type").value("ASSIGNMENT"));
    }

    @Test
    void interval_targets_keep_their_printed_bounds_exactly() {
        PlanItem sick = items("rtn-2026").stream().filter(i -> i.text().startsWith("Sjukfrånvaron ska minska.")).findFirst().orElseThrow();
        Target interval = sick.additionalTargets().get(0);
        assertThat(interval.form()).isEqualTo(TargetForm.INTERVAL);
        assertThat(interval.lower()).isEqualTo(new BigDecimal("6.1"));
        assertThat(interval.upper()).isEqualTo(new BigDecimal("6.3"));
    }
}
