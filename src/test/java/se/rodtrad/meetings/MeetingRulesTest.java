package se.rodtrad.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The meetings' rules without Spring: quorum, roll call, the notice board's dates, case numbers. */
class MeetingRulesTest {

    private static List<UUID> people(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    @Test
    void a_committee_of_eleven_is_quorate_with_six_and_not_with_five() {
        assertThat(QuorumRule.check(11, people(6), Set.of()).met()).isTrue();
        assertThat(QuorumRule.check(11, people(5), Set.of()).met()).isFalse();
        assertThat(QuorumRule.check(10, people(5), Set.of()).met()).as("exactly half is not more than half").isFalse();
        assertThat(QuorumRule.check(10, people(6), Set.of()).needed()).isEqualTo(6);
    }

    @Test
    void a_member_with_jav_does_not_count_for_the_quorum_of_that_item() {
        List<UUID> six = people(6);
        QuorumRule.Quorum q = QuorumRule.check(11, six, Set.of(six.get(0)));
        assertThat(q.met()).isFalse();
        assertThat(q.taking()).isEqualTo(5);
    }

    @Test
    void a_roll_call_is_carried_by_more_ja_than_nej_and_a_tie_by_the_chairs_vote() {
        List<UUID> p = people(5);
        Map<UUID, String> votes = new LinkedHashMap<>();
        votes.put(p.get(0), RollCall.YES);
        votes.put(p.get(1), RollCall.YES);
        votes.put(p.get(2), RollCall.NO);
        votes.put(p.get(3), RollCall.ABSTAIN);
        RollCall.Result r = RollCall.count(votes, p.get(0));
        assertThat(r).isEqualTo(new RollCall.Result(2, 1, 1, "YES"));
        assertThat(r.carried()).isTrue();
        votes.put(p.get(4), RollCall.NO);
        assertThat(RollCall.count(votes, p.get(2)).result()).isEqualTo("TIE_CHAIR_NO");
        assertThat(RollCall.count(votes, p.get(0)).result()).isEqualTo("TIE_CHAIR_YES");
    }

    @Test
    void the_appeal_period_runs_three_weeks_from_the_day_the_notice_went_up() {
        NoticeBoardDates d = NoticeBoardDates.postedOn(LocalDate.of(2020, 1, 29), LocalDate.of(2020, 1, 30));
        assertThat(d.appealDeadline()).isEqualTo(LocalDate.of(2020, 2, 20));
        assertThat(d.removeAfter()).isAfterOrEqualTo(d.postedOn().plusWeeks(3));
        assertThatThrownBy(() -> NoticeBoardDates.postedOn(LocalDate.of(2020, 1, 29), LocalDate.of(2020, 2, 1)))
                .hasMessageContaining("inom två dagar");
    }

    @Test
    void a_case_number_is_written_and_read_in_the_series_format() {
        CaseNumberFormat region = new CaseNumberFormat("{yy}{series}{n}");
        assertThat(region.format("RS", 2019, 10041)).isEqualTo("19RS10041");
        assertThat(region.parse("RS", "19RS9687", 2000)).hasValueSatisfying(p -> assertThat(p).containsExactly(2019, 9687));
        assertThat(region.parse("RS", "19KS9687", 2000)).isEmpty();
        CaseNumberFormat municipality = new CaseNumberFormat("{series} {yyyy}/{n:4}");
        assertThat(municipality.format("KS", 2024, 117)).isEqualTo("KS 2024/0117");
        assertThat(municipality.parse("KS", "KS 2024/0117", 2000)).hasValueSatisfying(p -> assertThat(p).containsExactly(2024, 117));
    }

    @Test
    void att_is_not_kept_before_a_clause() {
        assertThat(Agenda.withoutAtt("att   godkänna redovisningen.")).isEqualTo("godkänna redovisningen.");
        assertThat(Agenda.withoutAtt("Attraktiv arbetsgivare")).isEqualTo("Attraktiv arbetsgivare");
    }
}
