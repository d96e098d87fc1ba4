package se.rodtrad.followup.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.rodtrad.followup.Formats;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.web.Messages;

/**
 * Server-rendered SVG charts that can be read without colour: each series has its own line pattern and
 * marker shape, named in the legend, and every chart comes with its numbers as a table. Only SVG
 * presentation attributes are used (the content security policy forbids inline styles).
 */
@Component
public class Charts {

    public static final String PEER_GROUP = "jamforbara-lan";

    /** One line: its label and its values by period (null = missing). */
    public record Series(String label, Map<Period, BigDecimal> points, boolean emphasised) {
    }

    /** A target drawn across the chart: a line at {@code lower} or a band between lower and upper. */
    public record TargetMark(String label, BigDecimal lower, BigDecimal upper) {
    }

    /** The rendered chart and its numbers. */
    public record Chart(String svg, String caption, List<Period> periods, List<Series> series, TargetMark target) {
        public String cell(Series s, Period p) {
            BigDecimal v = s.points().get(p);
            return v == null ? "–" : Formats.number(v, 0, 2);
        }

        public boolean isEmpty() {
            return series.isEmpty() || periods.isEmpty();
        }
    }

    private static final String[] COLOURS = {"#a4161a", "#1a56db", "#1e6b34", "#7a4b00", "#5b2a86", "#00626b", "#444444"};
    private static final String[] DASHES = {"", "8 4", "2 3", "10 3 2 3", "6 2 2 2 2 2", "1 4", "12 6"};
    private static final String[] MARKERS = {"circle", "square", "triangle", "diamond", "cross", "triangle-down", "plus"};

    private final Organisation organisation;
    private final Messages messages;

    Charts(Organisation organisation, Messages messages) {
        this.organisation = organisation;
        this.messages = messages;
    }

    /**
     * A measure's trend: the home region, its comparison group and riket when the series has them; otherwise
     * the home region's municipalities; otherwise the first units with values.
     */
    public Chart measureChart(Measure m, List<IndicatorValue> values, Gender gender) {
        return trend(m.caption(), values, gender, null, defaultUnits(values));
    }

    /** The chart with a mean as its own line, drawn second (after the judged unit); the chart as it was without one. */
    public Chart withMean(Chart chart, String label, Map<Period, BigDecimal> mean) {
        if (mean.isEmpty() || chart.isEmpty()) {
            return chart;
        }
        List<Series> series = new ArrayList<>(chart.series());
        series.add(1, new Series(label, mean, false));
        return render(chart.caption(), chart.periods(), series, chart.target());
    }

    public Chart trend(String title, List<IndicatorValue> values, Gender gender, TargetMark target, List<UUID> unitIds) {
        Map<UUID, Map<Period, BigDecimal>> byUnit = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        TreeSet<Period> periods = new TreeSet<>();
        for (IndicatorValue v : values) {
            if (v.gender() != gender || !unitIds.contains(v.unitId()) || v.value() == null) {
                continue;
            }
            byUnit.computeIfAbsent(v.unitId(), k -> new LinkedHashMap<>()).put(v.period(), v.value());
            names.put(v.unitId(), v.unitName());
            periods.add(v.period());
        }
        List<Series> series = new ArrayList<>();
        for (UUID id : unitIds) {
            if (byUnit.containsKey(id)) {
                series.add(new Series(names.get(id), byUnit.get(id), series.isEmpty()));
            }
        }
        return render(title, new ArrayList<>(periods), series, target);
    }

    public List<UUID> defaultUnits(List<IndicatorValue> values) {
        java.util.Set<UUID> present = new java.util.HashSet<>();
        values.forEach(v -> present.add(v.unitId()));
        List<UUID> result = new ArrayList<>();
        Unit home = organisation.homeRegion();
        if (present.contains(home.id())) {
            result.add(home.id());
            organisation.comparisonGroup(PEER_GROUP).ifPresent(g -> g.members().forEach(u -> result.add(u.id())));
        } else {
            organisation.children(home.id()).stream().filter(u -> present.contains(u.id())).limit(5).forEach(u -> result.add(u.id()));
        }
        if (result.isEmpty()) {
            values.stream().map(IndicatorValue::unitId).distinct().filter(id -> !organisation.unit(id).code().equals("0000")).limit(5)
                    .forEach(result::add);
        }
        organisation.unitByCode("0000").ifPresent(u -> result.add(u.id()));
        return result.stream().filter(present::contains).distinct().toList();
    }

    public Chart render(String title, List<Period> periods, List<Series> series, TargetMark target) {
        if (series.isEmpty() || periods.isEmpty()) {
            return new Chart("", title, periods, series, target);
        }
        int width = 720;
        int left = 64;
        int right = 16;
        int top = 20;
        int plotHeight = 260;
        int legendLineHeight = 22;
        int legendRows = series.size() + (target == null ? 0 : 1);
        int height = top + plotHeight + 40 + legendRows * legendLineHeight + 10;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Series s : series) {
            for (BigDecimal v : s.points().values()) {
                min = Math.min(min, v.doubleValue());
                max = Math.max(max, v.doubleValue());
            }
        }
        if (target != null) {
            for (BigDecimal b : new BigDecimal[] {target.lower(), target.upper()}) {
                if (b != null) {
                    min = Math.min(min, b.doubleValue());
                    max = Math.max(max, b.doubleValue());
                }
            }
        }
        double[] ticks = niceTicks(min, max);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        int plotWidth = width - left - right;
        double step = periods.size() == 1 ? 0 : (double) plotWidth / (periods.size() - 1);

        StringBuilder svg = new StringBuilder();
        String id = "c" + Integer.toHexString(System.identityHashCode(svg));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(esc(title)).append(" — ").append(esc(messages.get("followup.chart.tableBelow")))
                .append("</title>");
        // grid and y axis
        for (double t : ticks) {
            double y = top + plotHeight - (t - lo) / (hi - lo) * plotHeight;
            svg.append(line(left, y, width - right, y, "#d5d8dc", 1, ""));
            svg.append(text(left - 6, y + 4, "end", Formats.number(BigDecimal.valueOf(t), 0, 2), 12));
        }
        // x axis labels (at most ~12 shown)
        int every = Math.max(1, (int) Math.ceil(periods.size() / 12.0));
        for (int i = 0; i < periods.size(); i++) {
            double x = left + (periods.size() == 1 ? plotWidth / 2.0 : i * step);
            if (i % every == 0 || i == periods.size() - 1) {
                svg.append(text(x, top + plotHeight + 18, "middle", periods.get(i).code(), 12));
            }
        }
        svg.append(line(left, top + plotHeight, width - right, top + plotHeight, "#1d1d1f", 1, ""));
        // target line or band
        if (target != null) {
            double y1 = top + plotHeight - (target.lower().doubleValue() - lo) / (hi - lo) * plotHeight;
            if (target.upper() != null) {
                double y2 = top + plotHeight - (target.upper().doubleValue() - lo) / (hi - lo) * plotHeight;
                svg.append("<rect x=\"").append(left).append("\" y=\"").append(fmt(Math.min(y1, y2))).append("\" width=\"").append(plotWidth)
                        .append("\" height=\"").append(fmt(Math.abs(y1 - y2))).append("\" fill=\"#1e6b34\" fill-opacity=\"0.15\" stroke=\"#1e6b34\" stroke-dasharray=\"4 2\"/>");
            } else {
                svg.append(line(left, y1, width - right, y1, "#1e6b34", 2, "12 4"));
            }
        }
        // series, the emphasised one (the unit judged) drawn last so nothing hides it
        List<Integer> drawOrder = new ArrayList<>();
        for (int si = 0; si < series.size(); si++) {
            if (!series.get(si).emphasised()) {
                drawOrder.add(si);
            }
        }
        for (int si = 0; si < series.size(); si++) {
            if (series.get(si).emphasised()) {
                drawOrder.add(si);
            }
        }
        for (int si : drawOrder) {
            Series s = series.get(si);
            String colour = COLOURS[si % COLOURS.length];
            String dash = DASHES[si % DASHES.length];
            int strokeWidth = s.emphasised() ? 3 : 2;
            StringBuilder path = new StringBuilder();
            boolean pen = false;
            for (int i = 0; i < periods.size(); i++) {
                BigDecimal v = s.points().get(periods.get(i));
                if (v == null) {
                    pen = false;
                    continue;
                }
                double x = left + (periods.size() == 1 ? plotWidth / 2.0 : i * step);
                double y = top + plotHeight - (v.doubleValue() - lo) / (hi - lo) * plotHeight;
                path.append(pen ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y));
                pen = true;
            }
            svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"").append(strokeWidth).append('"')
                    .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
            for (int i = 0; i < periods.size(); i++) {
                BigDecimal v = s.points().get(periods.get(i));
                if (v != null) {
                    double x = left + (periods.size() == 1 ? plotWidth / 2.0 : i * step);
                    double y = top + plotHeight - (v.doubleValue() - lo) / (hi - lo) * plotHeight;
                    svg.append(marker(MARKERS[si % MARKERS.length], x, y, colour));
                }
            }
        }
        // legend: pattern, marker and name for each series, then the target
        double ly = top + plotHeight + 40;
        for (int si = 0; si < series.size(); si++) {
            String colour = COLOURS[si % COLOURS.length];
            String dash = DASHES[si % DASHES.length];
            svg.append(line(left, ly, left + 40, ly, colour, series.get(si).emphasised() ? 3 : 2, dash));
            svg.append(marker(MARKERS[si % MARKERS.length], left + 20, ly, colour));
            svg.append(text(left + 50, ly + 4, "start", series.get(si).label(), 13));
            ly += legendLineHeight;
        }
        if (target != null) {
            if (target.upper() != null) {
                svg.append("<rect x=\"").append(left).append("\" y=\"").append(fmt(ly - 6)).append("\" width=\"40\" height=\"12\" fill=\"#1e6b34\" fill-opacity=\"0.15\" stroke=\"#1e6b34\" stroke-dasharray=\"4 2\"/>");
            } else {
                svg.append(line(left, ly, left + 40, ly, "#1e6b34", 2, "12 4"));
            }
            svg.append(text(left + 50, ly + 4, "start", target.label(), 13));
        }
        svg.append("</svg>");
        return new Chart(svg.toString(), title, periods, series, target);
    }

    /** A month of the budget-versus-outcome chart: labels and amounts in öre (outcome null = not booked). */
    public record Bar(String label, long budget, Long outcome) {
    }

    /**
     * Budget against outcome month by month as grouped bars: budget as an outlined, hatched bar, outcome
     * as a solid bar, each with a legend sample — told apart by pattern, not by colour. Amounts in mnkr.
     */
    public String bars(String title, List<Bar> bars, String budgetLabel, String outcomeLabel) {
        int width = 720;
        int left = 64;
        int right = 16;
        int top = 20;
        int plotHeight = 240;
        int height = top + plotHeight + 40 + 2 * 22 + 10;
        double max = 0;
        double min = 0;
        for (Bar b : bars) {
            max = Math.max(max, b.budget() / 1e8);
            min = Math.min(min, b.budget() / 1e8);
            if (b.outcome() != null) {
                max = Math.max(max, b.outcome() / 1e8);
                min = Math.min(min, b.outcome() / 1e8);
            }
        }
        double[] ticks = niceTicks(min, max == min ? min + 1 : max);
        double lo = Math.min(0, ticks[0]);
        double hi = ticks[ticks.length - 1];
        int plotWidth = width - left - right;
        double slot = (double) plotWidth / Math.max(1, bars.size());
        double barWidth = slot * 0.36;
        StringBuilder svg = new StringBuilder();
        String id = "b" + Integer.toHexString(System.identityHashCode(svg));
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-t\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(esc(title)).append(" — ").append(esc(messages.get("followup.chart.tableBelow")))
                .append("</title>");
        svg.append("<defs><pattern id=\"").append(id).append("-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" ")
                .append("patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#1a56db\" stroke-width=\"2\"/></pattern></defs>");
        java.util.function.DoubleUnaryOperator y = v -> top + plotHeight - (v - lo) / (hi - lo) * plotHeight;
        for (double t : ticks) {
            svg.append(line(left, y.applyAsDouble(t), width - right, y.applyAsDouble(t), "#d5d8dc", 1, ""));
            svg.append(text(left - 6, y.applyAsDouble(t) + 4, "end", Formats.number(BigDecimal.valueOf(t), 0, 1), 12));
        }
        double zero = y.applyAsDouble(0);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double x = left + i * slot + slot * 0.12;
            double bv = b.budget() / 1e8;
            svg.append(rect(x, Math.min(zero, y.applyAsDouble(bv)), barWidth, Math.abs(zero - y.applyAsDouble(bv)), "url(#" + id + "-hatch)",
                    "#1a56db"));
            if (b.outcome() != null) {
                double ov = b.outcome() / 1e8;
                svg.append(rect(x + barWidth + 2, Math.min(zero, y.applyAsDouble(ov)), barWidth, Math.abs(zero - y.applyAsDouble(ov)), "#1d1d1f",
                        "#1d1d1f"));
            }
            svg.append(text(left + i * slot + slot / 2, top + plotHeight + 18, "middle", b.label(), 12));
        }
        svg.append(line(left, zero, width - right, zero, "#1d1d1f", 1, ""));
        double ly = top + plotHeight + 40;
        svg.append(rect(left, ly - 7, 28, 14, "url(#" + id + "-hatch)", "#1a56db"));
        svg.append(text(left + 36, ly + 4, "start", budgetLabel, 13));
        ly += 22;
        svg.append(rect(left, ly - 7, 28, 14, "#1d1d1f", "#1d1d1f"));
        svg.append(text(left + 36, ly + 4, "start", outcomeLabel, 13));
        svg.append("</svg>");
        return svg.toString();
    }

    static String rect(double x, double y, double w, double h, String fill, String stroke) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(w) + "\" height=\"" + fmt(h) + "\" fill=\"" + fill
                + "\" stroke=\"" + stroke + "\" stroke-width=\"1.5\"/>";
    }

    /** Evenly spaced round numbers covering [min, max]. */
    static double[] niceTicks(double min, double max) {
        if (min == max) {
            double pad = Math.abs(min) < 1 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double range = max - min;
        double rough = range / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(rough)));
        double norm = rough / mag;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        int n = (int) Math.round((hi - lo) / step) + 1;
        n = Math.max(2, Math.min(n, 12));
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = lo + i * step;
        }
        return ticks;
    }

    static String marker(String shape, double x, double y, String colour) {
        String c = "\" fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"1\"/>";
        return switch (shape) {
            case "square" -> "<rect x=\"" + fmt(x - 4.5) + "\" y=\"" + fmt(y - 4.5) + "\" width=\"9\" height=\"9" + c;
            case "triangle" -> "<path d=\"M" + fmt(x) + " " + fmt(y - 6) + " L" + fmt(x + 5.5) + " " + fmt(y + 4) + " L" + fmt(x - 5.5) + " "
                    + fmt(y + 4) + " Z" + c;
            case "triangle-down" -> "<path d=\"M" + fmt(x) + " " + fmt(y + 6) + " L" + fmt(x + 5.5) + " " + fmt(y - 4) + " L" + fmt(x - 5.5)
                    + " " + fmt(y - 4) + " Z" + c;
            case "diamond" -> "<path d=\"M" + fmt(x) + " " + fmt(y - 6) + " L" + fmt(x + 6) + " " + fmt(y) + " L" + fmt(x) + " " + fmt(y + 6)
                    + " L" + fmt(x - 6) + " " + fmt(y) + " Z" + c;
            case "cross" -> "<path d=\"M" + fmt(x - 5) + " " + fmt(y - 5) + " L" + fmt(x + 5) + " " + fmt(y + 5) + " M" + fmt(x + 5) + " "
                    + fmt(y - 5) + " L" + fmt(x - 5) + " " + fmt(y + 5) + "\" stroke=\"" + colour + "\" stroke-width=\"3\" fill=\"none\"/>";
            case "plus" -> "<path d=\"M" + fmt(x - 6) + " " + fmt(y) + " L" + fmt(x + 6) + " " + fmt(y) + " M" + fmt(x) + " " + fmt(y - 6)
                    + " L" + fmt(x) + " " + fmt(y + 6) + "\" stroke=\"" + colour + "\" stroke-width=\"3\" fill=\"none\"/>";
            default -> "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"5" + c;
        };
    }

    static String line(double x1, double y1, double x2, double y2, String colour, int width, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2) + "\" stroke=\"" + colour
                + "\" stroke-width=\"" + width + "\"" + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    static String text(double x, double y, String anchor, String s, int size) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" fill=\"#1d1d1f\">" + esc(s) + "</text>";
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
