package se.rodtrad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.rodtrad.RodtradTest;

@RodtradTest
class DatabaseBackupTest {

    @Autowired
    DatabaseBackup backup;
    @Autowired
    JdbcClient jdbc;

    String name(String code) {
        return jdbc.sql("select name from org_unit where code = ?").param(code).query(String.class).single();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void a_backup_restored_brings_back_every_row_and_the_trail_as_they_were() {
        String before = name("HSN");
        long units = count("org_unit");
        long trail = count("audit_entry");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        backup.dump(file);

        jdbc.sql("update org_unit set name = 'Ändrad efter säkerhetskopian' where code = 'HSN'").update();
        assertThat(count("audit_entry")).isEqualTo(trail + 1);

        backup.restore(new ByteArrayInputStream(file.toByteArray()));
        assertThat(name("HSN")).isEqualTo(before);
        assertThat(count("org_unit")).isEqualTo(units);
        assertThat(count("audit_entry")).isEqualTo(trail);

        // the identity sequence continues after the restored rows
        jdbc.sql("update org_unit set short_name = 'HSN' where code = 'HSN'").update();
        assertThat(count("audit_entry")).isEqualTo(trail + 1);
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_and_nothing_changes() {
        long units = count("org_unit");
        assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream("inte en zip".getBytes())))
                .hasMessageContaining("ingen säkerhetskopia");
        assertThat(count("org_unit")).isEqualTo(units);
    }
}
