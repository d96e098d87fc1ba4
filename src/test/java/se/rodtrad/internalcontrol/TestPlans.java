package se.rodtrad.internalcontrol;

import java.util.UUID;
import org.springframework.context.ApplicationContext;
import se.rodtrad.planning.PlanStatus;

/**
 * Plans that only one test uses, so that tests which change things never touch the shared demo plans: made through
 * planning's use cases ({@link se.rodtrad.fixtures.TestPlans}), each for a year of its own (so region-wide risks of
 * one test never reach another test's plans).
 */
final class TestPlans {

    private TestPlans() {
    }

    static int newYear() {
        return se.rodtrad.fixtures.TestPlans.newYear();
    }

    static UUID create(ApplicationContext context, String bodyCode, int year, String status) {
        return se.rodtrad.fixtures.TestPlans.plan(context, bodyCode, year).in(PlanStatus.valueOf(status)).id();
    }
}
