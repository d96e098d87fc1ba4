package rodtrad.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting a server process, waiting for its first page, and reading its memory from /proc. */
final class Processes {

    private Processes() {
    }

    /** A started server and how long it took to serve its first page. */
    record Started(Process process, double seconds) {
    }

    static Started startAndWait(List<String> command, Path log, String url, double timeoutSeconds) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the process ended with " + p.exitValue() + " before serving a page; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return new Started(p, (System.nanoTime() - t0) / 1e9);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if ((System.nanoTime() - t0) / 1e9 > timeoutSeconds) {
                p.destroyForcibly();
                throw new IllegalStateException("no page from " + url + " within " + timeoutSeconds + " s; see " + log);
            }
            Thread.sleep(20);
        }
    }

    /** Stops a server the way a service manager does (SIGTERM), forcibly after a grace period. */
    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The peak resident set of one process since it started (VmHWM), in bytes. */
    static long peakRss(long pid) {
        return statusField(pid, "VmHWM:");
    }

    /** Resident set of one process (VmRSS), in bytes. */
    static long rss(long pid) {
        return statusField(pid, "VmRSS:");
    }

    /** Memory of a PostgreSQL server and its backends: the sum of their PSS (shared pages divided among them). */
    static long postgresPss(Path dataDir) {
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return 0;
            }
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            List<Long> pids = new ArrayList<>();
            pids.add(postmaster);
            ProcessHandle.of(postmaster).ifPresent(h -> h.children().forEach(c -> pids.add(c.pid())));
            long sum = 0;
            for (long pid : pids) {
                sum += pss(pid);
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long pss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return kb(line);
                }
            }
        } catch (IOException e) {
            return rss(pid);
        }
        return 0;
    }

    private static long statusField(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return kb(line);
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static long kb(String line) {
        String[] parts = line.trim().split("\\s+");
        return Long.parseLong(parts[1]) * 1024;
    }

    /**
     * CPU time used so far (user + system) by a process and, for a PostgreSQL data directory, by its server and
     * backends: what a request costs on a shared machine, where waiting for a core says little about the product.
     */
    static double cpuSeconds(long pid, Path postgresDataDir) {
        double sum = cpu(pid);
        try {
            Path pidFile = postgresDataDir == null ? null : postgresDataDir.resolve("postmaster.pid");
            if (pidFile != null && Files.exists(pidFile)) {
                long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                sum += cpu(postmaster);
                for (ProcessHandle c : ProcessHandle.of(postmaster).map(h -> h.children().toList()).orElse(List.of())) {
                    sum += cpu(c.pid());
                }
            }
        } catch (IOException | RuntimeException e) {
            // what could be read
        }
        return sum;
    }

    private static double cpu(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), counted after the command name
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Seconds until {@code url} answers 200 (a readiness probe), polled every 20 ms. */
    static double waitFor(String url, double timeoutSeconds) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long t0 = System.nanoTime();
        while (true) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if ((System.nanoTime() - t0) / 1e9 > timeoutSeconds) {
                throw new IllegalStateException("not ready at " + url + " within " + timeoutSeconds + " s");
            }
            Thread.sleep(20);
        }
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
