package se.rodtrad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.rodtrad.RodtradTest;

/**
 * The stamps of one {@code GET} come from one reading of the module counters; a commit elsewhere shows at the next
 * request, a read-write commit in the request itself at its next stamp, and outside a {@code GET} every stamp reads.
 */
@RodtradTest
class ChangeCountersTest {

    @Autowired
    ChangeCounters counters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void request(String method) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/planer")));
    }

    /** Another person's change: committed on another thread, with no request of this one. */
    private void raiseElsewhere() {
        CompletableFuture.runAsync(() -> jdbc.sql("update change_counter set changes = changes + 1 where scope = 'planning'").update()).join();
    }

    @Test
    void a_get_reads_the_counters_once_and_a_new_request_sees_a_change_committed_meanwhile() {
        request("GET");
        String first = counters.stamp("planning", "organisation");
        assertThat(first).contains("planning=").contains("organisation=");
        raiseElsewhere();
        assertThat(counters.stamp("planning", "organisation")).as("the same request, the same reading").isEqualTo(first);
        assertThat(counters.stamp("organisation", "planning", "planning")).as("order and repetition do not matter").isEqualTo(first);

        request("GET");
        assertThat(counters.stamp("planning", "organisation")).as("the next request reads again").isNotEqualTo(first);
    }

    @Test
    void a_read_write_commit_in_the_request_drops_the_reading() {
        request("GET");
        String before = counters.stamp("planning");
        transactions.executeWithoutResult(t -> jdbc.sql("update change_counter set changes = changes + 1 where scope = 'planning'").update());
        assertThat(counters.stamp("planning")).isNotEqualTo(before);
    }

    @Test
    void outside_a_get_and_for_a_measure_every_stamp_reads() {
        request("POST");
        String before = counters.stamp("planning");
        raiseElsewhere();
        assertThat(counters.stamp("planning")).isNotEqualTo(before);

        RequestContextHolder.resetRequestAttributes();
        String none = counters.stamp("planning");
        raiseElsewhere();
        assertThat(counters.stamp("planning")).isNotEqualTo(none);
    }

    @Test
    void the_same_text_from_the_reading_and_from_the_database() {
        String read = counters.stamp("search", "accounts", "planning", "never-changed");
        request("GET");
        assertThat(counters.stamp("search", "accounts", "planning", "never-changed")).isEqualTo(read);
        assertThat(read).doesNotContain("never-changed").matches("accounts=\\d+,planning=\\d+,search=\\d+");
    }
}
