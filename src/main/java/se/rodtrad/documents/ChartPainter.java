package se.rodtrad.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.springframework.core.io.ClassPathResource;
import se.rodtrad.followup.Formats;
import se.rodtrad.followup.reports.ReportContent;

/**
 * A report's trend chart as a picture for the documents (PDF and DOCX), drawn with Java2D in the design of the
 * report page's SVG charts: the judged unit emphasised and drawn last, every series told apart by marker shape
 * and line pattern as well as colour, each line labelled directly at its end with its latest value, the target
 * as a dashed green line or a band with its label, and the same DejaVu Sans the PDF embeds. Sizes are given in
 * points and drawn at print resolution, so the PNG is sharp on paper. The numbers go beside the picture as a
 * table in the documents, and {@link #describe} gives the trend in words for the picture's alternative text.
 */
final class ChartPainter {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    /** The same palette, line patterns and markers as the report page's charts (followup/web/Charts). */
    static final Color[] COLOURS = {rgb(0xa4161a), rgb(0x1a56db), rgb(0x1e6b34), rgb(0x7a4b00), rgb(0x5b2a86), rgb(0x00626b), rgb(0x444444)};
    static final float[][] DASHES = {null, {8, 4}, {2, 3}, {10, 3, 2, 3}, {6, 2, 2, 2, 2, 2}, {1, 4}, {12, 6}};
    static final String[] MARKERS = {"circle", "square", "triangle", "diamond", "cross", "triangle-down", "plus"};
    /** Comparison units beyond the palette: one grey (4.6:1 against white), told apart by marker and label. */
    static final Color MUTED = rgb(0x6b6b6b);
    static final Color TARGET = rgb(0x1e6b34);
    static final Color TEXT = rgb(0x1d1d1f);
    static final Color GRID = rgb(0xd5d8dc);

    /** A drawn chart: the PNG, its size in pixels and the size in points it is meant to be printed at. */
    record Picture(byte[] png, int widthPx, int heightPx, double widthPt, double heightPt, int dpi) {

        /** Width in millimetres on paper. */
        double widthMm() {
            return widthPt / 72 * 25.4;
        }

        double heightMm() {
            return heightPt / 72 * 25.4;
        }

        String dataUri() {
            return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png);
        }
    }

    private static final Font BASE;
    private static final Font BOLD;

    static {
        BASE = font("fonts/DejaVuSans.ttf");
        BOLD = font("fonts/DejaVuSans-Bold.ttf");
    }

    private static Font font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("Typsnittet " + path + " kan inte läsas", e);
        }
    }

    private ChartPainter() {
    }

    /** The layout in points, computed before drawing so the tests can ask where the target line lies. */
    record Layout(double width, double height, double left, double top, double plotWidth, double plotHeight, double lo, double hi,
            double[] ticks, double labelX) {

        double y(double v) {
            return top + plotHeight - (v - lo) / (hi - lo) * plotHeight;
        }

        double x(int i, int periods) {
            return periods == 1 ? left + plotWidth / 2 : left + i * plotWidth / (periods - 1);
        }
    }

    static final double LABEL_SIZE = 7.5;
    static final double AXIS_SIZE = 7;

    /** The layout of a chart {@code widthPt} points wide: the plot at the left, the lines' labels in a column at its right. */
    static Layout layout(ReportContent.ChartData d, double widthPt) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (ReportContent.SeriesData s : d.series()) {
            for (BigDecimal v : s.values()) {
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        for (BigDecimal b : new BigDecimal[] {d.targetLower(), d.targetUpper()}) {
            if (b != null && d.targetLabel() != null) {
                min = Math.min(min, b.doubleValue());
                max = Math.max(max, b.doubleValue());
            }
        }
        if (min == Double.MAX_VALUE) {
            min = 0;
            max = 1;
        }
        double[] ticks = niceTicks(min, max);
        FontMetrics fm = metrics(BOLD.deriveFont((float) LABEL_SIZE)); // the emphasised label is bold
        FontMetrics axis = metrics(BASE.deriveFont((float) AXIS_SIZE));
        double labelWidth = 0;
        for (ReportContent.SeriesData s : d.series()) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(seriesLabel(s)));
        }
        labelWidth = Math.min(labelWidth + 14, widthPt * 0.36);
        double tickWidth = 0;
        for (double t : ticks) {
            tickWidth = Math.max(tickWidth, axis.stringWidth(tick(t)));
        }
        double left = tickWidth + 8;
        double top = 18;
        int rows = Math.max(d.series().size(), 1);
        // tall enough for every direct label without overlap, never squat
        double plotHeight = Math.max(150, rows * (LABEL_SIZE + 3.5) + 8);
        double plotWidth = widthPt - left - labelWidth - 10;
        double height = top + plotHeight + 22;
        return new Layout(widthPt, height, left, top, plotWidth, plotHeight, ticks[0], ticks[ticks.length - 1], ticks, left + plotWidth + 10);
    }

    /** The chart drawn {@code widthPt} points wide at {@code dpi} dots per inch, as PNG. */
    static Picture paint(ReportContent.ChartData d, double widthPt, int dpi) {
        Layout l = layout(d, widthPt);
        double scale = dpi / 72.0;
        int w = (int) Math.round(l.width() * scale);
        int h = (int) Math.round(l.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            draw(g, d, l);
        } finally {
            g.dispose();
        }
        return new Picture(png(image, dpi), w, h, l.width(), l.height(), dpi);
    }

    private static void draw(Graphics2D g, ReportContent.ChartData d, Layout l) {
        int n = d.periods().size();
        // caption (the measure and its unit) above the plot
        g.setFont(BOLD.deriveFont((float) LABEL_SIZE));
        g.setColor(TEXT);
        g.drawString(d.caption() == null ? "" : d.caption(), (float) 1, (float) (l.top() - 8));
        // grid and y axis
        g.setFont(BASE.deriveFont((float) AXIS_SIZE));
        FontMetrics axis = g.getFontMetrics();
        for (double t : l.ticks()) {
            double y = l.y(t);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Line2D.Double(l.left(), y, l.left() + l.plotWidth(), y));
            g.setColor(TEXT);
            String s = tick(t);
            g.drawString(s, (float) (l.left() - 4 - axis.stringWidth(s)), (float) (y + AXIS_SIZE * 0.35));
        }
        // x axis and its labels (at most about ten)
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(l.left(), l.top() + l.plotHeight(), l.left() + l.plotWidth(), l.top() + l.plotHeight()));
        int every = Math.max(1, (int) Math.ceil(n / 10.0));
        for (int i = 0; i < n; i++) {
            if (i % every == 0 || i == n - 1) {
                String p = d.periods().get(i);
                double x = l.x(i, n);
                g.draw(new Line2D.Double(x, l.top() + l.plotHeight(), x, l.top() + l.plotHeight() + 2.5));
                g.drawString(p, (float) (x - axis.stringWidth(p) / 2.0), (float) (l.top() + l.plotHeight() + 4 + AXIS_SIZE));
            }
        }
        // the target: a band between lower and upper, or a dashed line, with its label inside the plot
        if (d.targetLabel() != null && d.targetLower() != null) {
            String label = targetText(d);
            double y1 = l.y(d.targetLower().doubleValue());
            double labelY;
            if (d.targetUpper() != null) {
                double y2 = l.y(d.targetUpper().doubleValue());
                Rectangle2D band = new Rectangle2D.Double(l.left(), Math.min(y1, y2), l.plotWidth(), Math.abs(y1 - y2));
                g.setColor(new Color(0x1e, 0x6b, 0x34, 38));
                g.fill(band);
                g.setColor(TARGET);
                g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 2}, 0));
                g.draw(band);
                labelY = Math.min(y1, y2) - 2.5;
            } else {
                g.setColor(TARGET);
                g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {7, 3}, 0));
                g.draw(new Line2D.Double(l.left(), y1, l.left() + l.plotWidth(), y1));
                labelY = y1 - 2.5;
            }
            if (labelY - LABEL_SIZE < l.top()) {
                labelY = (d.targetUpper() != null ? Math.max(y1, l.y(d.targetUpper().doubleValue())) : y1) + LABEL_SIZE + 1.5;
            }
            g.setFont(BOLD.deriveFont((float) LABEL_SIZE));
            halo(g, label, l.left() + 3, labelY, TARGET);
        }
        // the series, the emphasised one last so nothing hides it
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < d.series().size(); i++) {
            if (!d.series().get(i).emphasised()) {
                order.add(i);
            }
        }
        for (int i = 0; i < d.series().size(); i++) {
            if (d.series().get(i).emphasised()) {
                order.add(i);
            }
        }
        List<double[]> ends = new ArrayList<>(); // series index, y of its last point, x of its last point
        for (int si : order) {
            ReportContent.SeriesData s = d.series().get(si);
            Style st = style(si, d.series().size(), s.emphasised());
            Path2D path = new Path2D.Double();
            boolean pen = false;
            double lastX = -1;
            double lastY = -1;
            for (int i = 0; i < n && i < s.values().size(); i++) {
                BigDecimal v = s.values().get(i);
                if (v == null) {
                    pen = false;
                    continue;
                }
                double x = l.x(i, n);
                double y = l.y(v.doubleValue());
                if (pen) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                }
                pen = true;
                lastX = x;
                lastY = y;
            }
            g.setColor(st.colour());
            g.setStroke(new BasicStroke(st.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, st.dash(), 0));
            g.draw(path);
            for (int i = 0; i < n && i < s.values().size(); i++) {
                BigDecimal v = s.values().get(i);
                if (v != null) {
                    marker(g, st.marker(), l.x(i, n), l.y(v.doubleValue()), st.colour(), s.emphasised() ? 3.4 : 2.8);
                }
            }
            if (lastX >= 0) {
                ends.add(new double[] {si, lastY, lastX});
            }
        }
        // direct labels: at the height of each line's last point, pushed apart so none overlaps
        ends.sort(Comparator.comparingDouble(e -> e[1]));
        double gap = LABEL_SIZE + 2.5;
        double[] placed = new double[ends.size()];
        for (int k = 0; k < ends.size(); k++) {
            placed[k] = Math.max(ends.get(k)[1], k == 0 ? l.top() + LABEL_SIZE / 2 : placed[k - 1] + gap);
        }
        double bottom = l.top() + l.plotHeight() + LABEL_SIZE / 2;
        for (int k = ends.size() - 1; k >= 0; k--) {
            placed[k] = Math.min(placed[k], k == ends.size() - 1 ? bottom : placed[k + 1] - gap);
        }
        for (int k = 0; k < ends.size(); k++) {
            int si = (int) ends.get(k)[0];
            ReportContent.SeriesData s = d.series().get(si);
            Style st = style(si, d.series().size(), s.emphasised());
            double y = placed[k];
            double x0 = ends.get(k)[2] + 4;
            double x1 = l.labelX();
            g.setColor(st.colour());
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Line2D.Double(x0, ends.get(k)[1], x1 - 1, y));
            marker(g, st.marker(), x1 + 3, y, st.colour(), 2.6);
            g.setFont((s.emphasised() ? BOLD : BASE).deriveFont((float) LABEL_SIZE));
            g.setColor(s.emphasised() ? st.colour() : TEXT);
            g.drawString(fit(g.getFontMetrics(), seriesLabel(s), l.width() - x1 - 9), (float) (x1 + 8), (float) (y + LABEL_SIZE * 0.35));
        }
    }

    /** How a series is drawn: colour, line width, dash pattern (null = solid) and marker. */
    record Style(Color colour, float width, float[] dash, String marker) {
    }

    /**
     * The palette as on the report page while it lasts; with more series than colours (a county's twelve
     * municipalities and riket), the judged unit and the last series (riket) keep their colours and the units
     * between them are drawn in one grey with their own markers and patterns, each named at its line's end.
     */
    static Style style(int index, int count, boolean emphasised) {
        boolean crowded = count > COLOURS.length;
        int k = !crowded ? index : index == 0 ? 0 : index == count - 1 ? 1 : 2 + (index - 1) % (COLOURS.length - 2);
        Color colour = crowded && index != 0 && index != count - 1 ? MUTED : COLOURS[k];
        float[] dash = DASHES[k] == null ? null : DASHES[k].clone();
        if (dash != null) {
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= 0.55f; // the page's patterns are in screen pixels, about twice these points
            }
        }
        return new Style(colour, emphasised ? 2.0f : 1.1f, dash, MARKERS[k]);
    }

    static void marker(Graphics2D g, String shape, double x, double y, Color colour, double r) {
        Shape s = switch (shape) {
            case "square" -> new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
            case "triangle" -> polygon(x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
            case "triangle-down" -> polygon(x, y + r * 1.2, x + r * 1.1, y - r * 0.8, x - r * 1.1, y - r * 0.8);
            case "diamond" -> polygon(x, y - r * 1.2, x + r * 1.2, y, x, y + r * 1.2, x - r * 1.2, y);
            case "cross", "plus" -> null;
            default -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        };
        if (s != null) {
            g.setColor(colour);
            g.fill(s);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(s);
            return;
        }
        Path2D p = new Path2D.Double();
        if (shape.equals("cross")) {
            p.moveTo(x - r, y - r);
            p.lineTo(x + r, y + r);
            p.moveTo(x + r, y - r);
            p.lineTo(x - r, y + r);
        } else {
            p.moveTo(x - r * 1.2, y);
            p.lineTo(x + r * 1.2, y);
            p.moveTo(x, y - r * 1.2);
            p.lineTo(x, y + r * 1.2);
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(p);
    }

    private static Shape polygon(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    /** Text on a white outline so a line through it does not make it hard to read. */
    private static void halo(Graphics2D g, String text, double x, double y, Color colour) {
        java.awt.font.TextLayout layout = new java.awt.font.TextLayout(text, g.getFont(), g.getFontRenderContext());
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
    }

    /** "Region Örebro län 12,5": the series and its latest value, as the line is labelled at its end. */
    static String seriesLabel(ReportContent.SeriesData s) {
        BigDecimal last = null;
        for (BigDecimal v : s.values()) {
            if (v != null) {
                last = v;
            }
        }
        return s.label() + (last == null ? "" : " " + value(last));
    }

    /** "Nivå att nå: 11" or "Målintervall: 10–12". */
    static String targetText(ReportContent.ChartData d) {
        return d.targetLabel() + ": " + value(d.targetLower()) + (d.targetUpper() == null ? "" : "–" + value(d.targetUpper()));
    }

    /**
     * The trend in words for the picture's alternative text: what is measured over which periods, each series
     * from its first to its latest value, and the target.
     */
    static String describe(ReportContent.ChartData d) {
        StringBuilder sb = new StringBuilder("Linjediagram: ").append(d.caption() == null ? "" : d.caption());
        if (!d.periods().isEmpty()) {
            sb.append(", ").append(d.periods().get(0));
            if (d.periods().size() > 1) {
                sb.append("–").append(d.periods().get(d.periods().size() - 1));
            }
        }
        sb.append(". ");
        for (ReportContent.SeriesData s : d.series()) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < s.values().size() && i < d.periods().size(); i++) {
                if (s.values().get(i) != null) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            sb.append(s.label()).append(": ");
            if (first == last) {
                sb.append(value(s.values().get(last))).append(" (").append(d.periods().get(last)).append(")");
            } else {
                sb.append("från ").append(value(s.values().get(first))).append(" (").append(d.periods().get(first)).append(") till ")
                        .append(value(s.values().get(last))).append(" (").append(d.periods().get(last)).append(")");
            }
            sb.append(". ");
        }
        if (d.targetLabel() != null && d.targetLower() != null) {
            sb.append(targetText(d)).append(". ");
        }
        sb.append("Siffrorna finns i tabellen under diagrammet.");
        return sb.toString();
    }

    private static String fit(FontMetrics fm, String s, double width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    static String value(BigDecimal v) {
        return v == null ? "–" : Formats.number(v, 0, 2, SV);
    }

    private static String tick(double t) {
        return Formats.number(BigDecimal.valueOf(t), 0, 2, SV);
    }

    private static FontMetrics metrics(Font f) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g.getFontMetrics(f);
        } finally {
            g.dispose();
        }
    }

    /** Evenly spaced round numbers covering [min, max] (as the report page's charts). */
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
        int count = (int) Math.round((hi - lo) / step) + 1;
        count = Math.max(2, Math.min(count, 12));
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = lo + i * step;
        }
        return ticks;
    }

    /** PNG with its resolution recorded (pHYs), so Word and image viewers know its printed size too. */
    private static byte[] png(BufferedImage image, int dpi) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                javax.imageio.stream.ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try {
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
                IIOMetadataNode phys = new IIOMetadataNode("pHYs");
                String perMetre = String.valueOf(Math.round(dpi / 0.0254));
                phys.setAttribute("pixelsPerUnitXAxis", perMetre);
                phys.setAttribute("pixelsPerUnitYAxis", perMetre);
                phys.setAttribute("unitSpecifier", "meter");
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
                root.appendChild(phys);
                meta.mergeTree("javax_imageio_png_1.0", root);
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, meta), param);
            } finally {
                writer.dispose();
            }
            ios.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
