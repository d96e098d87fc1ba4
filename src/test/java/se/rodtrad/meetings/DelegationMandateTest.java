package se.rodtrad.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mandate check on its own: each condition of KL 6 kap. 37–38 §§ and the order's point, with its reason. */
class DelegationMandateTest {

    static final UUID RTN = UUID.randomUUID();
    static final LocalDate DAY = LocalDate.of(2019, 11, 20);

    static DelegationPoint point(String number, String matter, List<String> types, String title, List<String> holders, Long max,
            LocalDate from, LocalDate to) {
        return new DelegationPoint(UUID.randomUUID(), RTN, number, "Beslut om " + matter.toLowerCase(), matter, types, title, List.of(), holders,
                max, null, from, to, false, null, 0, null, null);
    }

    static final List<DelegationPoint> ORDER = List.of(
            point("3.2", "Regionala utvecklingsstöd", List.of(), "Förvaltningschef", List.of("Petter Arneback"), 1_000_000L,
                    LocalDate.of(2019, 1, 1), null),
            point("3.3", "Företagsstöd", List.of(), "Områdeschef näringslivsutveckling", List.of("Kristina Eklöf"), 1_000_000L,
                    LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));

    static DelegationVerdict ask(String point, String matter, String type, Long amount, String who, LocalDate day, boolean principal) {
        return DelegationMandate.judge(new DelegationQuestion(RTN, point, matter, type, amount, who, day, principal), "Regional tillväxtnämnd", ORDER);
    }

    @Test
    void a_company_support_by_the_area_manager_within_the_limit_rests_on_point_3_3() {
        DelegationVerdict v = ask(null, "Företagsstöd", "Mikrobidrag", 30_000L, "Kristina Eklöf", DAY, false);
        assertThat(v.allowed()).isTrue();
        assertThat(v.point()).isEqualTo("3.3");
        assertThat(v.messageKey()).isEqualTo("delegation.verdict.allowedLimit");
        assertThat(v.arguments()).contains("3.3", "Kristina Eklöf", "1 000 000 kr");
    }

    @Test
    void a_decision_by_someone_who_does_not_hold_the_point_is_refused_with_the_holder_named() {
        DelegationVerdict v = ask("3.3", "Företagsstöd", "Mikrobidrag", 30_000L, "Hanna Handläggare", DAY, false);
        assertThat(v.allowed()).isFalse();
        assertThat(v.messageKey()).isEqualTo("delegation.verdict.notHolder");
        assertThat(v.arguments()).containsExactly("Hanna Handläggare", "3.3", "Områdeschef näringslivsutveckling", "Kristina Eklöf", "2019-11-20");
    }

    @Test
    void an_amount_over_the_points_limit_goes_to_the_committee() {
        DelegationVerdict v = ask(null, "Regionala utvecklingsstöd", "Medfinansiering", 1_675_505L, "Petter Arneback", DAY, false);
        assertThat(v.allowed()).isFalse();
        assertThat(v.messageKey()).isEqualTo("delegation.verdict.overLimit");
        assertThat(v.arguments()).containsExactly("1 675 505 kr", "1 000 000 kr", "3.2", "Regional tillväxtnämnd");
    }

    @Test
    void a_point_that_has_ended_no_longer_gives_a_mandate() {
        DelegationVerdict v = ask(null, "Företagsstöd", "Mikrobidrag", 10_000L, "Kristina Eklöf", LocalDate.of(2020, 1, 10), false);
        assertThat(v.allowed()).isFalse();
        assertThat(v.messageKey()).isEqualTo("delegation.verdict.noPoint");
    }

    @Test
    void a_point_cited_for_another_matter_is_refused() {
        DelegationVerdict v = ask("3.2", "Företagsstöd", "Mikrobidrag", 10_000L, "Petter Arneback", DAY, false);
        assertThat(v.allowed()).isFalse();
        assertThat(v.messageKey()).isEqualTo("delegation.verdict.otherMatter");
    }

    @Test
    void a_matter_of_principle_is_never_delegated() {
        DelegationVerdict v = ask(null, "Företagsstöd", "Mikrobidrag", 10_000L, "Kristina Eklöf", DAY, true);
        assertThat(v.allowed()).isFalse();
        assertThat(v.messageKey()).isEqualTo("delegation.verdict.principal");
    }

    @Test
    void a_refusal_has_no_amount_to_compare_with_the_limit() {
        assertThat(ask(null, "Företagsstöd", "Kommersiell service/Driftstöd", null, "Kristina Eklöf", DAY, false).allowed()).isTrue();
    }

    @Test
    void matters_the_law_keeps_with_the_body_are_recognised_by_their_words() {
        assertThat(DelegationBan.of("Inriktningsbeslut för 1:1-anslaget")).contains(DelegationBan.GOALS_AND_DIRECTION);
        assertThat(DelegationBan.of("Yttrande till fullmäktige")).contains(DelegationBan.SUBMISSIONS_TO_ASSEMBLY);
        assertThat(DelegationBan.of("Medborgarförslag om cykelvägar")).contains(DelegationBan.CITIZENS_PROPOSALS);
        assertThat(DelegationBan.of("Företagsstöd", "Beslut om företagsstöd")).isEmpty();
    }
}
