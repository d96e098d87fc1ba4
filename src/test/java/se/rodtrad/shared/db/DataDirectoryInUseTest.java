package se.rodtrad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup command started beside a running product on the embedded default used to end in a 135-line trace
 * (issue 21): now the start is refused in one Swedish line that says what to do — take the backup from the running
 * product. The running product is played by another JVM holding the data directory's lock, as the embedded PostgreSQL
 * of a running product does.
 */
class DataDirectoryInUseTest {

    @Test
    void a_data_directory_held_by_another_running_product_is_refused_in_one_line_saying_what_to_do(@TempDir Path dir) throws Exception {
        Path lockFile = dir.resolve("epg-lock");
        Files.createFile(lockFile);
        Path holder = dir.resolve("Holder.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] a) throws Exception {
                        try (var ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE); var lock = ch.lock()) {
                            System.out.println("held");
                            System.out.flush();
                            System.in.read();
                        }
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, holder.toString(), lockFile.toString()).redirectErrorStream(true).start();
        try {
            var out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("held");

            assertThatThrownBy(() -> EmbeddedPostgresConfiguration.refuseIfInUse(dir))
                    .isInstanceOf(EmbeddedPostgresConfiguration.DataDirectoryInUse.class)
                    .hasMessageContaining("används av en Röd tråd som redan körs")
                    .hasMessageContaining("GET /api/v1/admin/backup")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            var analysis = new DataDirectoryInUseAnalyzer().analyze(new IllegalStateException("wrapped",
                    new EmbeddedPostgresConfiguration.DataDirectoryInUse(dir)));
            assertThat(analysis.getDescription()).startsWith("Databasen i " + dir);
            assertThat(analysis.getAction()).contains("/api/v1/admin/backup");
        } finally {
            other.getOutputStream().close();
            other.waitFor(20, TimeUnit.SECONDS);
            other.destroy();
        }
        // once the other product has stopped, the directory is free
        assertThatCode(() -> EmbeddedPostgresConfiguration.refuseIfInUse(dir)).doesNotThrowAnyException();
    }
}
