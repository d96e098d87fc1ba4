package se.rodtrad.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.rodtrad.grants.Acting.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.IndicatorValues;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.Measures;
import se.rodtrad.meetings.DecisionOutcome;
import se.rodtrad.meetings.DecisionTaken;
import se.rodtrad.meetings.DelegatedDecisions;
import se.rodtrad.planning.ThreadContributions;
import se.rodtrad.shared.domain.DomainException;

/**
 * Deciding in the register: refused when a hard rule is broken or the delegate has no mandate (nothing saved); taken
 * within the delegation it reaches the body's report, the appropriation's totals, the statistics and the indicator's
 * values; a committee's § decides PAN; payments follow förordning (2003:596) 11 §; the röd tråd and the public portal
 * list what they may.
 */
@RodtradTest
class GrantDecisionsTest {

    @Autowired
    GrantRegister register;
    @Autowired
    Appropriations appropriations;
    @Autowired
    GrantStatistics statistics;
    @Autowired
    DelegatedDecisions delegated;
    @Autowired
    Measures measures;
    @Autowired
    IndicatorValues values;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ThreadContributions contributions;
    @Autowired
    MockMvc mvc;

    static GrantApplication micro(String reference, String amount, String locality, String sex, Boolean newIdea, String decidedBy, String day,
            String org) {
        return new GrantApplication("RTN", "Dnr", reference, "Mikrobidrag", "Testfirman " + reference, org, "AKTIEBOLAG", "Designbyrå", sex, "Örebro",
                locality, "2", "1", false, newIdea, null, null, null, null, "0", "70000", amount, amount, "GRANTED", null, day, decidedBy,
                "Områdeschef näringslivsutveckling", "3.3", false, null, false, "2b", List.of("rtn-mal-vm-foretagsframjande"));
    }

    long part(String code, int year) {
        return as("lasare", () -> appropriations.appropriation(register.body("RTN").id(), year)).parts().stream().filter(p -> p.code().equals(code))
                .findFirst().orElseThrow().decided();
    }

    long paidFrom(String code, int year) {
        return as("lasare", () -> appropriations.appropriation(register.body("RTN").id(), year)).parts().stream().filter(p -> p.code().equals(code))
                .findFirst().orElseThrow().paid();
    }

    @Test
    void a_refused_decision_saves_nothing_and_a_corrected_one_reaches_report_appropriation_statistics_and_indicator() {
        int before = as("lasare", () -> register.decisions(null, null, "RTN", true)).size();
        long decidedBefore = part("FORETAGSSTOD", 2019);
        assertThatThrownBy(() -> as("handlaggare", () -> register.decide(micro("19RS7701", "35 000", "Örebro tätort", "M", false, "Kristina Eklöf",
                "2019-12-10", "556677-8899")))).isInstanceOfSatisfying(GrantRefused.class,
                e -> assertThat(e.checks()).filteredOn(RuleCheck::refuses).hasSize(2));
        assertThat(as("lasare", () -> register.decisions(null, null, "RTN", true))).hasSize(before);

        assertThatThrownBy(() -> as("handlaggare", () -> register.decide(micro("19RS7702", "30 000", "Örebro tätort", "K", true, "Hanna Handläggare",
                "2019-12-10", "556677-8899")))).isInstanceOfSatisfying(GrantRefused.class, e -> assertThat(e.checks()).filteredOn(RuleCheck::refuses)
                .extracting(RuleCheck::rule).containsExactly("Delegation (KL 6 kap. 37 §)"));

        GrantDecision d = as("handlaggare", () -> register.decide(micro("19RS7703", "30 000", "Örebro tätort", "K", true, "Kristina Eklöf", "2019-12-10",
                "556677-8899")));
        assertThat(d.granted()).isTrue();
        assertThat(d.delegationPoint()).isEqualTo("3.3");
        assertThat(d.ruleChecks()).noneMatch(c -> c.result() == RuleResult.BROKEN);
        assertThat(part("FORETAGSSTOD", 2019)).isEqualTo(decidedBefore + 30_000_00L);

        Eventually.until(() -> delegated.bySource(d.id()), Optional::isPresent);
        assertThat(as("lasare", () -> delegated.report("RTN", LocalDate.of(2019, 12, 4), LocalDate.of(2020, 1, 21))).rows())
                .anySatisfy(r -> {
                    assertThat(r.reference()).isEqualTo("19RS7703");
                    assertThat(r.amountText()).isEqualTo("30 000");
                    assertThat(r.ownerSex()).isEqualTo("K");
                });
        assertThat(as("lasare", () -> statistics.groups("RTN", 2019, GrantStatistics.By.OWNER_SEX))).filteredOn(g -> g.key().equals("K"))
                .singleElement().satisfies(g -> assertThat(g.count()).isGreaterThanOrEqualTo(6));

        Measure women = as("lasare", () -> measures.byCode(GrantStatistics.WOMEN)).orElseThrow();
        long expected = as("lasare", () -> statistics.groups("RTN", 2019, GrantStatistics.By.OWNER_SEX)).stream().filter(g -> g.key().equals("K"))
                .mapToLong(GrantStatistics.Group::count).sum();
        IndicatorValue v2019 = Eventually.until(() -> as("lasare", () -> values.values(women.id())).stream()
                .filter(v -> v.period().code().equals("2019") && v.unitCode().equals("0018")).findFirst().orElse(null),
                v -> v != null && v.value().compareTo(BigDecimal.valueOf(expected)) == 0);
        assertThat(v2019.source()).isEqualTo("Röd tråd bidragsregister");

        assertThat(contributions.contributionsTo("rtn-mal-vm-foretagsframjande")).anySatisfy(c -> {
            assertThat(c.reference()).isEqualTo("19RS7703");
            assertThat(c.amountOre()).isEqualTo(30_000_00L);
        });
    }

    @Test
    void the_committees_paragraph_decides_pan_and_counts_it_in_the_appropriation() {
        GrantDecision pan = as("lasare", () -> register.decisions(null, null, "RTN", true)).stream().filter(d -> d.reference().equals("19RS10041"))
                .findFirst().orElseThrow();
        assertThat(pan.status()).isEqualTo("AWAITING_COMMITTEE");
        assertThat(pan.amount()).isEqualTo(1_675_505_00L);
        UUID rtn = register.body("RTN").id();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new DecisionTaken(UUID.randomUUID(), UUID.randomUUID(), rtn, "RTN", LocalDate.of(2020, 1, 22), "§ 5", "18RS7061",
                    "Förlängning av inriktningsbeslut", DecisionOutcome.AS_PROPOSED, List.of("godkänna en förlängning … tills vidare"),
                    LocalDate.of(2020, 2, 5)));
            events.publishEvent(new DecisionTaken(UUID.randomUUID(), UUID.randomUUID(), rtn, "RTN", LocalDate.of(2020, 1, 22), "§ 4", "19RS10041",
                    "PAN", DecisionOutcome.AS_PROPOSED, List.of("Region Örebro län beviljas 50 procent …"), LocalDate.of(2020, 2, 5)));
        });
        GrantDecision decided = Eventually.until(() -> as("lasare", () -> register.decision(pan.id())), d -> d.decided());
        assertThat(decided.granted()).isTrue();
        assertThat(decided.committeeParagraph()).isEqualTo("§ 4");
        assertThat(decided.decidedOn()).isEqualTo(LocalDate.of(2020, 1, 22));
        assertThat(decided.decidedBy()).isEqualTo("Regional tillväxtnämnd");
        SteeringDecision steering = Eventually.until(() -> as("lasare", () -> appropriations.steeringFor(rtn, 2020)).orElse(null), s -> s != null);
        assertThat(steering.validTo()).isNull();
        assertThat(steering.changes()).singleElement().satisfies(c -> {
            assertThat(c.decided()).isTrue();
            assertThat(c.paragraph()).isEqualTo("§ 5");
        });
        Eventually.until(() -> part("PROJEKT", 2020), p -> p == 1_675_505_00L);
    }

    @Test
    void payments_follow_2003_596_advance_at_most_half_and_400_000_kr_and_payments_against_reported_costs() {
        GrantDecision mind = as("lasare", () -> register.decisions(null, null, "RTN", false)).stream().filter(d -> d.reference().equals("19RS9282"))
                .findFirst().orElseThrow();
        long projectsPaid = paidFrom("PROJEKT", 2019);
        long ramPaid = paidFrom("RAMBUDGET", 2019);
        assertThatThrownBy(() -> as("handlaggare", () -> register.pay(mind.id(), "ADVANCE", "2019-12-01", "100 000", null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.payment.advanceReason"));
        // at most half of 432 000 kr = 216 000 kr
        assertThatThrownBy(() -> as("handlaggare", () -> register.pay(mind.id(), "ADVANCE", "2019-12-01", "216 001", null, "Likviditet i förstudien")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.payment.advanceOver"));
        as("handlaggare", () -> register.pay(mind.id(), "ADVANCE", "2019-12-01", "100 000", null, "Likviditet i förstudien"));
        // 90 % of reported booked costs 200 000 kr = 180 000 kr; paid 100 000 kr in advance, so at most 80 000 kr more
        assertThatThrownBy(() -> as("handlaggare", () -> register.pay(mind.id(), "PAYMENT", "2020-03-01", "80 001", "200 000", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("grants.payment.over"));
        GrantDecision paid = as("handlaggare", () -> register.pay(mind.id(), "PAYMENT", "2020-03-01", "80 000", "200 000", null));
        assertThat(paid.paid()).isEqualTo(180_000_00L);
        assertThat(paid.leftToPay()).isEqualTo(252_000_00L);
        // the appropriation's parts carry the payments in proportion to what each pays of the decision (232 000 and 200 000 of
        // 432 000 kr), rounded to whole öre: 180 000 kr × 232/432 = 96 666,666… kr and × 200/432 = 83 333,333… kr
        assertThat(paidFrom("PROJEKT", 2019) - projectsPaid).isEqualTo(9_666_667L);
        assertThat(paidFrom("RAMBUDGET", 2019) - ramPaid).isEqualTo(8_333_333L);
        assertThatThrownBy(() -> as("lasare", () -> register.pay(mind.id(), "PAYMENT", "2020-03-01", "1", "1", null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_api_checks_without_saving_and_lists_decisions_appropriations_and_statistics() throws Exception {
        int before = as("lasare", () -> register.decisions(null, null, "RTN", true)).size();
        mvc.perform(post("/api/v1/grants/checks").with(httpBasic("handlaggare", "handlaggare")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"supportType": "Mikrobidrag", "amount": 35000, "municipality": "Örebro", "locality": "Örebro tätort", "employees": 2,
                                 "ownerSex": "M", "foundersBornOutsideNordics": false, "decisionDate": "2019-12-10"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refused").value(true))
                .andExpect(jsonPath("$.ruleChecks[?(@.result == 'BROKEN' && @.hard == true)].explanation").value(org.hamcrest.Matchers.hasItem(
                        "Mikrobidrag: 35 000 kr överstiger taket 30 000 kr per beslut (inriktningsbeslut 2019, seed 001 r. 4221).")));
        assertThat(as("lasare", () -> register.decisions(null, null, "RTN", true))).hasSize(before);
        mvc.perform(post("/api/v1/grants/checks").with(httpBasic("lasare", "lasare")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/grants/decisions").param("from", "2019-11-01").param("to", "2019-12-03").param("body", "RTN")
                        .with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.reference == '19RS8649')].ruleChecks[0].result").value(org.hamcrest.Matchers.hasItem("PASSED")))
                .andExpect(jsonPath("$[?(@.recipient == 'Klipphallen i Sköllersta')].outcome").value(org.hamcrest.Matchers.hasItem("REFUSED")));
        mvc.perform(get("/api/v1/grants/appropriations").param("year", "2019").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts[0].name").value("Regionala utvecklingsprojekt"))
                .andExpect(jsonPath("$.parts[0].amount").value(25520000));
        mvc.perform(get("/api/v1/grants/statistics").param("year", "2019").param("by", "supportType").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.groups[?(@.key == 'Investeringsbidrag')].count").value(org.hamcrest.Matchers.hasItem(4)));
        mvc.perform(get("/api/v1/grants/statistics").param("year", "2019").param("by", "colour").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/grants"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[?(@.recipient == 'Samflex AB')].amount").value(org.hamcrest.Matchers.hasItem(34200.0)))
                .andExpect(jsonPath("$.data[?(@.supportType == 'Kommersiell service' && @.municipality == 'Örebro' && @.amount == 20000.0)].recipient")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.nullValue())));
    }

    @Test
    void the_public_register_comes_a_page_at_a_time_newest_first_and_following_next_gives_every_grant_once() throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var first = json.readTree(mvc.perform(get("/api/v1/public/grants").param("size", "1000")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        long total = first.path("paging").path("total").asLong();
        assertThat(total).isGreaterThan(5).isEqualTo(first.path("data").size());
        java.util.List<String> walked = new java.util.ArrayList<>();
        String next = "/api/v1/public/grants?size=5";
        String previousDate = "9999-12-31";
        while (next != null) {
            var page = json.readTree(mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            for (var g : page.path("data")) {
                assertThat(g.path("decidedOn").asText()).isLessThanOrEqualTo(previousDate);
                previousDate = g.path("decidedOn").asText();
                walked.add(g.toString());
            }
            next = page.path("paging").path("next").isNull() ? null : page.path("paging").path("next").asText();
            assertThat(walked.size()).isLessThanOrEqualTo((int) total);
        }
        assertThat(walked).hasSize((int) total);
        mvc.perform(get("/api/v1/public/grants").param("size", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/portal/bidrag").param("sida", "2")).andExpect(status().isOk());
        mvc.perform(get("/portal/bidrag").param("sida", "0")).andExpect(status().isBadRequest());
    }
}
