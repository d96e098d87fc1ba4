package se.rodtrad.shared.db;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The backup and restore commands (README, "Backup and restore"):
 * {@code --rodtrad.backup.to=FILE} dumps the database, {@code --rodtrad.restore.from=FILE} restores it; either
 * way the product exits when done (exit code 0 on success, 1 with the reason otherwise).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final DatabaseBackup backup;
    private final ConfigurableApplicationContext context;
    private final String to;
    private final String from;

    BackupCommand(DatabaseBackup backup, ConfigurableApplicationContext context,
            @Value("${rodtrad.backup.to:}") String to, @Value("${rodtrad.restore.from:}") String from) {
        this.backup = backup;
        this.context = context;
        this.to = to;
        this.from = from;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (to.isBlank() && from.isBlank()) {
            return;
        }
        int code = 0;
        try {
            if (!to.isBlank()) {
                Path file = Path.of(to);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    backup.dump(out);
                }
                log.info("Säkerhetskopia skriven: {} ({} byte)", file.toAbsolutePath(), Files.size(file));
            } else {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(from)))) {
                    backup.restore(in);
                }
                log.info("Databasen återläst från {}", Path.of(from).toAbsolutePath());
            }
        } catch (RuntimeException | IOException e) {
            log.error("Misslyckades: {}", e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
