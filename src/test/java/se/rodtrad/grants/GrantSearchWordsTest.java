package se.rodtrad.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.rodtrad.RodtradTest;

/**
 * A grant's searchable words (grants V7, {@code grant_search}) follow its decision and its project as they are written:
 * a new recipient is found and the old is not, a project's new title replaces the old, a removed project takes its words
 * along. All in a transaction that is rolled back, on the demo's Kottaberget grant.
 */
@RodtradTest
class GrantSearchWordsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void a_grants_words_follow_its_decision_and_its_project() {
        tx.executeWithoutResult(status -> {
            UUID id = jdbc.sql("select decision_id from grant_project where title ilike '%Kottaberget%'").query(UUID.class).single();
            String recipient = jdbc.sql("select recipient from grant_decision where id = :id").param("id", id).query(String.class).single();
            assertThat(found(id, "Kottaberget")).isTrue();
            assertThat(found(id, recipient)).isTrue();

            jdbc.sql("update grant_decision set recipient = 'Granskogens ridklubb' where id = :id").param("id", id).update();
            assertThat(found(id, "Granskogens")).isTrue();
            jdbc.sql("update grant_decision set recipient = 'Tallskogens cykelförening' where id = :id").param("id", id).update();
            assertThat(found(id, "Tallskogens")).isTrue();
            assertThat(found(id, "Granskogens")).as("the old recipient").isFalse();

            jdbc.sql("update grant_project set title = 'Vandringsled Gåsaberget' where decision_id = :id").param("id", id).update();
            assertThat(found(id, "Gåsaberget")).isTrue();

            jdbc.sql("delete from grant_project where decision_id = :id").param("id", id).update();
            assertThat(found(id, "Gåsaberget")).as("the removed project's title").isFalse();
            assertThat(found(id, "Tallskogens")).isTrue();
            status.setRollbackOnly();
        });
    }

    private boolean found(UUID decision, String words) {
        return jdbc.sql("select exists (select 1 from grant_search where decision_id = :id and words @@ websearch_to_tsquery('swedish', :q))")
                .param("id", decision).param("q", words).query(Boolean.class).single();
    }
}
