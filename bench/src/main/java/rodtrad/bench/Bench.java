package rodtrad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmarks' entry point, one phase per JVM (see bench/run): {@code inproc} (dataset, import, documents
 * inside the product's JVM), {@code http} (start and load against the packaged jar) and {@code report}
 * (RESULTS.md).
 */
public final class Bench {

    /** What every phase needs to know; from the environment bench/run sets. */
    record Settings(Path work, double scale, long seed, String jar, String benchClasses) {

        static Settings fromEnvironment() {
            Path work = Path.of(env("BENCH_WORK", "bench/work")).toAbsolutePath();
            double scale = Double.parseDouble(env("SCALE", "1"));
            long seed = Long.parseLong(env("SEED", "20231115"));
            return new Settings(work, scale, seed, env("BENCH_JAR", "target/rodtrad-0.1.0-SNAPSHOT.jar"),
                    env("BENCH_CLASSES", "target/bench-classes"));
        }

        /** What identifies a generated dataset: a data directory made with another one is started over. */
        String fingerprint() {
            return String.format(Locale.ROOT, "generator=2;seed=%d;scale=%s", seed, scale);
        }
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
        Files.createDirectories(settings.work());
        Figures figures = new Figures(settings.work());
        switch (args.length == 0 ? "" : args[0]) {
            case "inproc" -> new InProcess(settings, figures).run();
            case "http" -> new HttpPhase(settings, figures).run();
            case "pg" -> {
                // for looking into the dataset: its PostgreSQL on a fixed port until the process is stopped
                var pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(settings.work().resolve("pg"))
                        .setCleanDataDirectory(false).setPort(Integer.parseInt(args.length > 1 ? args[1] : "5499"))
                        .setServerConfig("max_connections", "60").setServerConfig("shared_buffers", "128MB").start();
                System.out.println("bench: PostgreSQL of the dataset on port " + pg.getPort() + " (user postgres); stop with Ctrl-C");
                Thread.currentThread().join();
            }
            case "report" -> new Report(settings, figures).write(Path.of(args.length > 1 ? args[1] : "bench/RESULTS.md"));
            default -> {
                System.err.println("usage: Bench inproc|http|report [RESULTS.md]|pg [port]");
                System.exit(2);
            }
        }
        // the product's context may leave non-daemon threads behind
        System.exit(0);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
