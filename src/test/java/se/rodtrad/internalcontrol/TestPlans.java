package se.rodtrad.internalcontrol;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans that only one test uses, so that tests which change things never touch the shared demo plans.
 * Plan headers belong to the planning module, which has no use case to create one yet; the test writes the
 * row directly. Each plan gets a year of its own (2101, 2102, …) so region-wide risks of one test never
 * reach another test's plans.
 */
final class TestPlans {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2101);

    private TestPlans() {
    }

    static int newYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    static UUID create(JdbcClient jdbc, String bodyCode, int year, String status) {
        UUID body = jdbc.sql("select id from org_unit where code = ?").param(bodyCode).query(UUID.class).single();
        return jdbc.sql("""
                insert into plan (key, body_id, year, title, status) values (?, ?, ?, ?, ?) returning id""")
                .params("test-" + bodyCode.toLowerCase() + "-" + year + "-" + UUID.randomUUID(), body, year,
                        "Verksamhetsplan med budget " + year, status)
                .query(UUID.class).single();
    }
}
