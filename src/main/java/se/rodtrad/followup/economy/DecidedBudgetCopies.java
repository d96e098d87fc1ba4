package se.rodtrad.followup.economy;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.rodtrad.budget.BudgetDecided;
import se.rodtrad.budget.DecidedBudgets;
import se.rodtrad.shared.db.ChangeCounters;

/**
 * The economy keeps its own copy of every decided budget, by version, from the budget module's {@link BudgetDecided}:
 * the monthly outcome is compared with what the body decided, not with figures typed in again. At a start, after the
 * budgets' demo is loaded, the copies are brought in line with the decided budgets as the budget module holds them
 * (a restored database, a lost event, the demo's plans that were loaded as decided); only a missing copy is written. The
 * stamp of plans, budgets and organisation they were last brought in line from is kept with them: a start with none of
 * these changed reads no budget (a nationwide installation's are thousands).
 */
@Component
@Order(31)
class DecidedBudgetCopies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DecidedBudgetCopies.class);

    private final EconomyRepository repository;
    private final DecidedBudgets budgets;
    private final TransactionTemplate transaction;
    private final ChangeCounters counters;

    DecidedBudgetCopies(EconomyRepository repository, DecidedBudgets budgets, PlatformTransactionManager transactions, ChangeCounters counters) {
        this.repository = repository;
        this.counters = counters;
        this.budgets = budgets;
        this.transaction = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener
    void on(BudgetDecided event) {
        keep(event);
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer kept = transaction.execute(status -> {
            // read before the budgets: a change committed in between moves the stamp, and the next start looks again
            String stamp = counters.stamp("planning", "budget", "organisation");
            if (stamp.equals(repository.decidedStamp().orElse(null))) {
                return null;
            }
            int n = 0;
            // only the budgets without a copy are read: a copy is never written again (keep)
            java.util.Set<java.util.UUID> copied = repository.plansWithDecidedCopy();
            for (BudgetDecided d : budgets.allDecided(plan -> !copied.contains(plan))) {
                n += keep(d) ? 1 : 0;
            }
            repository.keepDecidedStamp(stamp);
            return n;
        });
        if (kept != null) {
            log.info("Beslutade budgetar som ekonomin fick en ny kopia av: {}", kept);
        }
    }

    /**
     * Stores the decided budget unless the economy already has its copy; true when it wrote. A copy is never written
     * again: what was decided stays as it was decided, also when a unit is renamed or moved afterwards (a pass at a later
     * start would otherwise match the lines to today's units and change the budget a body decided).
     */
    boolean keep(BudgetDecided d) {
        if (repository.decidedOfPlan(d.planId()).isPresent()) {
            return false;
        }
        repository.storeDecided(new EconomyRepository.Decided(null, d.planId(), d.bodyId(), d.bodyName(), d.year(), d.version(),
                d.decidedOn(), d.decidedBy(), d.paragraph(), d.resultOre(), d.source(),
                d.lines().stream().map(l -> new EconomyRepository.DecidedLine(l.label(), l.partOf(), l.areaId(), l.turnoverOre(), l.netCostOre()))
                        .toList()), "system");
        return true;
    }
}
