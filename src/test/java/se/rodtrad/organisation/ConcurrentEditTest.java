package se.rodtrad.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.rodtrad.RodtradTest;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.audit.HistoryEntry;
import se.rodtrad.shared.domain.ConflictException;

/** Twenty people save the same unit at once from the same version: exactly one wins, nobody is overwritten silently. */
@RodtradTest
class ConcurrentEditTest {

    static final int EDITORS = 20;

    @Autowired
    Organisation organisation;
    @Autowired
    AuditTrail audit;

    @Test
    void twenty_concurrent_conflicting_edits_are_each_saved_or_refused_and_the_trail_accounts_for_each() throws Exception {
        Unit unit = organisation.unitByCode("FRU-FG-FK").orElseThrow();
        long before = audit.history("org_unit", unit.id()).size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String name = "Förvaltningskansliet, redigering " + i;
            Callable<String> edit = () -> {
                SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("admin", null, List.of()));
                start.await();
                try {
                    organisation.updateUnit(new UpdateUnit(unit.id(), unit.version(), name, null));
                    return "SAVED:" + name;
                } catch (ConflictException e) {
                    return "CONFLICT";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(edit));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        List<String> saved = outcomes.stream().filter(o -> o.startsWith("SAVED:")).toList();
        assertThat(saved).hasSize(1);
        assertThat(outcomes.stream().filter("CONFLICT"::equals)).hasSize(EDITORS - 1);
        String winner = saved.get(0).substring("SAVED:".length());
        assertThat(organisation.unit(unit.id()).name()).isEqualTo(winner);
        List<HistoryEntry> history = audit.history("org_unit", unit.id());
        assertThat(history).hasSize((int) before + 1);
        assertThat(history.get(0).changes()).anySatisfy(c -> assertThat(c.after()).isEqualTo(winner));
    }
}
