package rodtrad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** RESULTS.md: the machine, the dataset and every figure of the run, with its baseline and ratio. */
final class Report {

    private final Bench.Settings settings;
    private final Figures figures;

    Report(Bench.Settings settings, Figures figures) {
        this.settings = settings;
        this.figures = figures;
    }

    void write(Path target) throws IOException {
        if (System.getenv().getOrDefault("BENCH_ONLY", "").contains("startscale")) {
            writeStartScale(target);
            return;
        }
        Properties run = props(settings.work().resolve("run.properties"));
        Properties dataset = props(settings.work().resolve("dataset.properties"));
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by `bench/run` — do not edit by hand; what the figures mean, what missed and what was done about it is in ")
                .append("[README.md](README.md).\n\n");
        md.append("## Machine and run\n\n| | |\n|---|---|\n");
        row(md, "date", run.getProperty("date", "?"));
        row(md, "commit", run.getProperty("commit", "?"));
        row(md, "cores (nproc)", Integer.toString(Runtime.getRuntime().availableProcessors()));
        row(md, "CPU", cpu());
        row(md, "memory (MemTotal)", meminfo("MemTotal:"));
        row(md, "Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        row(md, "OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        row(md, "load average at start / end", run.getProperty("loadStart", "?") + " / " + loadavg());
        row(md, "other processes", "the machine is shared: the load average above is everyone's, the ratios are what to compare");
        row(md, "SCALE, SEED", settings.scale() + ", " + settings.seed());
        row(md, "run time", run.getProperty("seconds", "?") + " s (build included)");
        md.append("\n## Dataset\n\n");
        if (dataset.isEmpty()) {
            md.append("(none generated)\n");
        } else {
            md.append(String.format(Locale.ROOT, "%s organisations (regions and municipalities from org_unit) with %s generated bodies, %s plans over %d "
                    + "years, %s measures; generated in %s s (+ %s s vacuum analyze), COPY with triggers off. ",
                    dataset.getProperty("organisations"), dataset.getProperty("bodies"), dataset.getProperty("plans"), Generator.YEARS,
                    dataset.getProperty("measures"), dataset.getProperty("seconds"), dataset.getProperty("vacuumSeconds")));
            long values = Long.parseLong(dataset.getProperty("rows.indicator_value", "0"));
            if (values < 10_000_000) {
                md.append(String.format(Locale.ROOT, "**This run's scale holds %,d indicator values, fewer than the full scale's ≥ 10 million "
                        + "(`SCALE=1`)**; the rest of the structure is nationwide at any scale ≥ 0.1.", values).replace(',', ' '));
            } else {
                md.append(String.format(Locale.ROOT, "%,d indicator values (Kolada-sized).", values).replace(',', ' '));
            }
            md.append("\n\n| table | rows |\n|---|---:|\n");
            dataset.stringPropertyNames().stream().filter(k -> k.startsWith("rows.")).sorted().forEach(k -> md.append("| ")
                    .append(k.substring(5)).append(" | ").append(String.format(Locale.ROOT, "%,d", Long.parseLong(dataset.getProperty(k)))
                            .replace(',', ' ')).append(" |\n"));
        }
        md.append("\n## Figures\n\nRATIO is ours ÷ baseline, both measured in this run on this machine (for req/s and rows/s higher is ")
                .append("better; for ms, s and MB it says how many times the baseline).\n\n");
        md.append("| figure | value | baseline | RATIO | target | status | details |\n|---|---:|---|---:|---|---|---|\n");
        List<Figures.Figure> all = figures.all();
        for (Figures.Figure f : all) {
            md.append("| `").append(f.id()).append("` ").append(f.what()).append(" | ").append(Figures.num(f.value())).append(' ').append(f.unit())
                    .append(" | ").append(f.baselineWhat()).append(": ").append(Figures.num(f.baseline())).append(' ').append(f.baselineUnit())
                    .append(" | ").append(Double.isNaN(f.ratio()) ? "–" : String.format(Locale.ROOT, "%.3f", f.ratio())).append(" | ")
                    .append(f.target() == null ? "" : f.target()).append(" | ").append(f.status() == null ? "" : f.status()).append(" | ")
                    .append(f.note() == null ? "" : f.note().replace("|", "\\|")).append(" |\n");
        }
        // the document import's quality (bench/import-quality) and the start and memory at scale (BENCH_ONLY=startscale) are
        // their own sections: kept as they stand when the figures are rewritten
        String kept = "";
        if (Files.exists(target)) {
            String before = Files.readString(target, StandardCharsets.UTF_8);
            kept = section(before, "start-memory") + section(before, "import-quality");
        }
        Files.writeString(target, md.toString() + kept, StandardCharsets.UTF_8);
        System.out.println("bench: wrote " + target);
    }

    private static String section(String text, String name) {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        int a = text.indexOf(begin);
        int b = text.indexOf(end);
        return a >= 0 && b > a ? "\n" + text.substring(a, b + end.length()) + "\n" : "";
    }

    /** BENCH_ONLY=startscale: its figures in their own section of RESULTS.md, the rest of the file as it stands. */
    private void writeStartScale(Path target) throws IOException {
        Properties run = props(settings.work().resolve("run.properties"));
        Properties dataset = props(settings.work().resolve("dataset.properties"));
        String begin = "<!-- start-memory:begin -->";
        String end = "<!-- start-memory:end -->";
        StringBuilder md = new StringBuilder(begin).append("\n## Start and memory at scale (`BENCH_ONLY=startscale bench/run`, issue 21)\n\n");
        md.append(String.format(Locale.ROOT, "Run %s, commit %s, SCALE %s (%s indicator values, %s plans), load average at start / end %s / %s, "
                + "%d cores shared with other engineers' builds.%n%n", run.getProperty("date", "?"), run.getProperty("commit", "?"), settings.scale(),
                dataset.getProperty("rows.indicator_value", "?"), dataset.getProperty("plans", "?"), run.getProperty("loadStart", "?"), loadavg(),
                Runtime.getRuntime().availableProcessors()));
        md.append("| figure | value | baseline | RATIO | target | status | details |\n|---|---:|---|---:|---|---|---|\n");
        for (Figures.Figure f : figures.all()) {
            if (!f.id().startsWith("start.restart.nation") && !f.id().startsWith("memory.xmx")) {
                continue;
            }
            md.append("| `").append(f.id()).append("` ").append(f.what()).append(" | ").append(Figures.num(f.value())).append(' ').append(f.unit())
                    .append(" | ").append(f.baselineWhat()).append(": ").append(Figures.num(f.baseline())).append(' ').append(f.baselineUnit())
                    .append(" | ").append(Double.isNaN(f.ratio()) ? "–" : String.format(Locale.ROOT, "%.3f", f.ratio())).append(" | ")
                    .append(f.target() == null ? "" : f.target()).append(" | ").append(f.status() == null ? "" : f.status()).append(" | ")
                    .append(f.note() == null ? "" : f.note().replace("|", "\\|")).append(" |\n");
        }
        md.append(end);
        String text = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : "";
        int a = text.indexOf(begin);
        int b = text.indexOf(end);
        text = a >= 0 && b > a ? text.substring(0, a) + md + text.substring(b + end.length()) : text + "\n" + md + "\n";
        Files.writeString(target, text, StandardCharsets.UTF_8);
        System.out.println("bench: wrote the start-memory section of " + target);
    }

    private static void row(StringBuilder md, String k, String v) {
        md.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String meminfo(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith(field)).findFirst()
                    .map(l -> {
                        long kb = Long.parseLong(l.replaceAll("\\D+", ""));
                        return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                    }).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static String loadavg() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static Properties props(Path p) throws IOException {
        Properties props = new Properties();
        if (Files.exists(p)) {
            try (var in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                props.load(in);
            }
        }
        return props;
    }
}
