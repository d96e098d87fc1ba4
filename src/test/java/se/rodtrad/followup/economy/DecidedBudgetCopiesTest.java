package se.rodtrad.followup.economy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.rodtrad.RodtradTest;
import se.rodtrad.shared.db.ChangeCounters;

/**
 * The economy's copies of the decided budgets are brought in line at a start only when plans, budgets or the
 * organisation changed since the last time: a nationwide installation's restart must not read thousands of budgets.
 * (The pass itself runs at the first start of every test database, whose stamp is empty: DecidedBudgetFollowedTest
 * reads its copies.)
 */
@RodtradTest
class DecidedBudgetCopiesTest {

    @Autowired
    DecidedBudgetCopies copies;

    @Autowired
    EconomyRepository repository;

    @Autowired
    ChangeCounters counters;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_start_with_nothing_changed_reads_no_budget_and_writes_nothing() {
        // the copies as brought in line from the stamp as it stands
        repository.keepDecidedStamp(counters.stamp("planning", "budget", "organisation"));
        String written = jdbc.sql("select xmin::text from econ_decided_stamp").query(String.class).single();

        copies.run(null);

        // a pass would have written the stamp again (a new row version), whatever it found
        assertThat(jdbc.sql("select xmin::text from econ_decided_stamp").query(String.class).single())
                .as("nothing written by a start with nothing changed").isEqualTo(written);
        assertThat(repository.decidedStamp()).contains(counters.stamp("planning", "budget", "organisation"));
    }

    @Autowired
    se.rodtrad.budget.DecidedBudgets budgets;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void a_start_after_a_change_makes_the_copies_that_are_missing_and_leaves_the_others() {
        se.rodtrad.budget.BudgetDecided rtn = budgets.allDecided(plan -> true).stream()
                .filter(d -> d.year() == 2023 && d.bodyName().equals("Regional tillväxtnämnd")).findFirst().orElseThrow();
        // rolled back: a copy made again today matches its lines to today's units, and other tests read the one that was decided
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("delete from econ_decided_budget where plan_id = ?").param(rtn.planId()).update();
            String others = jdbc.sql("select string_agg(xmin::text, ',' order by plan_id) from econ_decided_budget").query(String.class).single();
            // the counters moved since the copies were last brought in line
            repository.keepDecidedStamp("before");

            copies.run(null);

            assertThat(repository.decidedOfPlan(rtn.planId())).as("the missing copy, made again").isPresent();
            assertThat(jdbc.sql("select string_agg(xmin::text, ',' order by plan_id) from econ_decided_budget where plan_id <> ?")
                    .param(rtn.planId()).query(String.class).single()).as("the others untouched").isEqualTo(others);
            assertThat(repository.decidedStamp()).isPresent().get().isNotEqualTo("before");
            tx.setRollbackOnly();
        });
        assertThat(budgets.allDecided(plan -> !plan.equals(rtn.planId()))).isNotEmpty().noneMatch(d -> d.planId().equals(rtn.planId()));
    }

    @Test
    void a_copy_once_made_is_never_written_again() {
        // RTN's VP 2023 as the budget module would tell it today, with its lines matched to other units
        se.rodtrad.budget.BudgetDecided decided = budgets.allDecided(plan -> true).stream()
                .filter(d -> d.year() == 2023 && d.bodyName().equals("Regional tillväxtnämnd")).findFirst().orElseThrow();
        EconomyRepository.Decided before = repository.decidedOfPlan(decided.planId()).orElseThrow();
        se.rodtrad.budget.BudgetDecided retold = new se.rodtrad.budget.BudgetDecided(decided.planId(), decided.bodyId(), decided.bodyName(),
                decided.year(), decided.version(), decided.decidedOn(), decided.decidedBy(), decided.paragraph(),
                decided.lines().stream().map(l -> new se.rodtrad.budget.BudgetDecided.AreaLine(l.label(), l.partOf(), null, null, l.turnoverOre(), l.netCostOre()))
                        .toList(), decided.resultOre(), decided.source());

        assertThat(copies.keep(retold)).isFalse();

        EconomyRepository.Decided after = repository.decidedOfPlan(decided.planId()).orElseThrow();
        assertThat(after.lines()).isEqualTo(before.lines());
        assertThat(after.lines()).anyMatch(l -> l.areaId() != null);
    }
}
