package rodtrad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run. Each phase (a separate JVM) appends its figures to {@code figures.tsv} in the work
 * directory and prints one line per figure; the report phase reads them all back into RESULTS.md.
 */
final class Figures {

    /**
     * One measured figure and the baseline it is compared with. {@code ratio} is always "ours / baseline" in
     * the direction where higher is better for throughput and lower is better for time (see {@code better}).
     */
    record Figure(String id, String what, double value, String unit, String baselineWhat, double baseline, String baselineUnit,
            double ratio, String target, String status, String note) {

        String line() {
            return String.format(Locale.ROOT, "%-34s %14s %-8s | baseline %-28s %14s %-8s | RATIO %7s | %-16s %s%s", id, num(value), unit,
                    baselineWhat, num(baseline), baselineUnit, Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.3f", ratio),
                    target == null ? "" : target, status == null ? "" : status, note == null || note.isBlank() ? "" : "  (" + note + ")");
        }

        String tsv() {
            return String.join("\t", id, what, Double.toString(value), unit, baselineWhat, Double.toString(baseline), baselineUnit,
                    Double.toString(ratio), nz(target), nz(status), nz(note).replace('\t', ' ').replace('\n', ' '));
        }

        static Figure parse(String line) {
            String[] f = line.split("\t", -1);
            return new Figure(f[0], f[1], Double.parseDouble(f[2]), f[3], f[4], Double.parseDouble(f[5]), f[6], Double.parseDouble(f[7]),
                    f[8], f[9], f[10]);
        }
    }

    private final Path file;

    Figures(Path workDir) {
        this.file = workDir.resolve("figures.tsv");
    }

    void add(Figure f) {
        System.out.println("FIGURE " + f.line());
        try {
            Files.writeString(file, f.tsv() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A figure where more is better (throughput): ratio = value / baseline, met when ratio ≥ minRatio. */
    void higherIsBetter(String id, String what, double value, String unit, String baselineWhat, double baseline, double minRatio,
            String note) {
        double ratio = value / baseline;
        String target = Double.isNaN(minRatio) ? null : String.format(Locale.ROOT, "target ≥ %.2f", minRatio);
        String status = Double.isNaN(minRatio) ? "info" : ratio >= minRatio ? "MET" : "MISSED";
        add(new Figure(id, what, value, unit, baselineWhat, baseline, unit, ratio, target, status, note));
    }

    /** A figure where less is better (time, memory): ratio = value / baseline (how many times the baseline). */
    void lowerIsBetter(String id, String what, double value, String unit, String baselineWhat, double baseline, String baselineUnit,
            String target, Boolean met, String note) {
        add(new Figure(id, what, value, unit, baselineWhat, baseline, baselineUnit, value / baseline, target,
                met == null ? "info" : met ? "MET" : "MISSED", note));
    }

    List<Figure> all() {
        List<Figure> result = new ArrayList<>();
        try {
            if (Files.exists(file)) {
                for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!l.isBlank()) {
                        result.add(Figure.parse(l));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
