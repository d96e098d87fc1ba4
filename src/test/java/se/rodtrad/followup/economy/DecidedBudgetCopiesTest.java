package se.rodtrad.followup.economy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.rodtrad.RodtradTest;
import se.rodtrad.shared.db.ChangeCounters;

/**
 * The economy's copies of the decided budgets are brought in line at a start only when plans, budgets or the
 * organisation changed since the last time: a nationwide installation's restart must not read thousands of budgets.
 */
@RodtradTest
class DecidedBudgetCopiesTest {

    @Autowired
    DecidedBudgetCopies copies;

    @Autowired
    EconomyRepository repository;

    @Autowired
    ChangeCounters counters;

    @Test
    void a_start_with_nothing_changed_reads_no_budget_and_writes_nothing() {
        copies.run(null);
        String sources = counters.stamp("planning", "budget", "organisation");
        assertThat(repository.decidedStamp()).contains(sources);
        String followup = counters.stamp("followup");

        copies.run(null);

        assertThat(counters.stamp("followup")).as("nothing written by a start with nothing changed").isEqualTo(followup);
    }

    @Test
    void a_start_after_a_change_brings_the_copies_in_line_again() {
        repository.keepDecidedStamp("planning=0");
        int rtn2023 = repository.newestDecided(2023).size();

        copies.run(null);

        assertThat(repository.decidedStamp()).contains(counters.stamp("planning", "budget", "organisation"));
        assertThat(repository.newestDecided(2023)).hasSize(rtn2023).isNotEmpty();
    }
}
