package se.rodtrad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.rodtrad.RodtradTest;

@RodtradTest
class DatabaseBackupTest {

    @Autowired
    DatabaseBackup backup;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

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
    void the_backup_runs_online_and_holds_one_snapshot_while_others_write() {
        String before = name("HSN");
        long trail = count("audit_entry");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        // someone saves while the dump is being written: the change commits, but the dump shows the moment it began
        backup.dump(new FilterOutputStream(file) {
            boolean written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (!written) {
                    written = true;
                    jdbc.sql("update org_unit set name = 'Ändrad under säkerhetskopieringen' where code = 'HSN'").update();
                }
                out.write(b, off, len);
            }
        });
        assertThat(name("HSN")).isEqualTo("Ändrad under säkerhetskopieringen");

        backup.restore(new ByteArrayInputStream(file.toByteArray()));
        assertThat(name("HSN")).isEqualTo(before);
        assertThat(count("audit_entry")).isEqualTo(trail);
    }

    @Test
    void an_administrator_downloads_the_backup_from_the_running_product_without_anyones_session() throws Exception {
        MvcResult started = mvc.perform(get("/api/v1/admin/backup").with(httpBasic("admin", "admin")))
                .andExpect(request().asyncStarted()).andReturn();
        var response = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"rodtrad-backup-");

        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).first().isEqualTo(DatabaseBackup.MANIFEST);
        assertThat(entries).contains("org_unit.copy", "plan.copy", "audit_entry.copy");
        assertThat(entries).noneMatch(e -> e.startsWith("spring_session"));

        mvc.perform(get("/api/v1/admin/backup").with(httpBasic("lasare", "lasare"))).andExpect(status().isForbidden());
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused_and_nothing_changes() {
        long units = count("org_unit");
        assertThatThrownBy(() -> backup.restore(new ByteArrayInputStream("inte en zip".getBytes())))
                .hasMessageContaining("ingen säkerhetskopia");
        assertThat(count("org_unit")).isEqualTo(units);
    }
}
