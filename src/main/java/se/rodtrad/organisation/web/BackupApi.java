package se.rodtrad.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.db.DatabaseBackup;

/**
 * The backup while the product runs (README, "Backup and restore"): the whole database as one file, read in one
 * snapshot ({@code pg_dump} semantics) and streamed as it is read. Administrators only.
 */
@RestController
@Tag(name = "Drift", description = "Säkerhetskopia medan produkten körs")
class BackupApi {

    private final AccessPolicy access;
    private final DatabaseBackup backup;

    BackupApi(AccessPolicy access, DatabaseBackup backup) {
        this.access = access;
        this.backup = backup;
    }

    @GetMapping("/api/v1/admin/backup")
    @Operation(summary = "Säkerhetskopia av hela databasen (zip), läst i en och samma ögonblicksbild")
    ResponseEntity<StreamingResponseBody> backup() {
        access.require(Permission.MANAGE_USERS, null);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rodtrad-backup-" + LocalDate.now() + ".zip\"")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(backup::dump);
    }
}
