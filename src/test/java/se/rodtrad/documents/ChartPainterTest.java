package se.rodtrad.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.rodtrad.followup.reports.ReportContent.ChartData;
import se.rodtrad.followup.reports.ReportContent.SeriesData;

/** The report chart as a picture: printed size and resolution, the target line and band where they belong, labels and words. */
class ChartPainterTest {

    static List<BigDecimal> values(String... v) {
        List<BigDecimal> list = new ArrayList<>();
        for (String s : v) {
            list.add(s == null ? null : new BigDecimal(s));
        }
        return list;
    }

    static ChartData threshold() {
        return new ChartData("Andel i arbete (procent)", List.of("2019", "2020", "2021", "2022"),
                List.of(new SeriesData("Region Örebro län", values("10", "10.8", null, "12.5"), true),
                        new SeriesData("Riket", values("9", "9.2", "9.4", "9.5"), false)),
                "Nivå att nå", new BigDecimal("11"), null);
    }

    static BufferedImage image(ChartPainter.Picture p) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(p.png()));
    }

    static boolean greenish(int rgb) {
        Color c = new Color(rgb);
        return c.getGreen() > c.getRed() + 20 && c.getGreen() > c.getBlue() + 10;
    }

    @Test
    void the_picture_has_the_requested_printed_size_at_print_resolution() throws Exception {
        ChartPainter.Picture p = ChartPainter.paint(threshold(), 450, 300);
        BufferedImage img = image(p);
        assertThat(img.getWidth()).isEqualTo(p.widthPx()).isEqualTo((int) Math.round(450 * 300 / 72.0));
        assertThat(img.getHeight()).isEqualTo(p.heightPx()).isEqualTo((int) Math.round(p.heightPt() * 300 / 72.0));
        assertThat(p.widthMm()).isCloseTo(158.75, org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.dataUri()).startsWith("data:image/png;base64,iVBOR");
    }

    @Test
    void the_target_line_is_drawn_in_green_across_the_plot_at_its_value_and_not_elsewhere() throws Exception {
        ChartData d = threshold();
        ChartPainter.Picture p = ChartPainter.paint(d, 450, 300);
        ChartPainter.Layout l = ChartPainter.layout(d, 450);
        BufferedImage img = image(p);
        double scale = 300 / 72.0;
        int y = (int) Math.round(l.y(11) * scale);
        int yFar = (int) Math.round(l.y(l.lo()) * scale) - 12; // just above the x axis, far from the target
        int onLine = 0;
        int offLine = 0;
        for (int x = (int) (l.left() * scale); x < (l.left() + l.plotWidth()) * scale; x++) {
            onLine += greenish(img.getRGB(x, y)) ? 1 : 0;
            offLine += greenish(img.getRGB(x, yFar)) ? 1 : 0;
        }
        int plotPx = (int) (l.plotWidth() * scale);
        // dashed 7 on, 3 off: well over half the row is the line's green
        assertThat(onLine).isGreaterThan(plotPx / 2);
        assertThat(offLine).isZero();
    }

    @Test
    void a_target_band_is_a_pale_green_fill_between_its_bounds() throws Exception {
        ChartData d = new ChartData("Kvot", List.of("2021", "2022"), List.of(new SeriesData("Region Örebro län", values("0.8", "1.4"), true)),
                "Målintervall", new BigDecimal("0.9"), new BigDecimal("1.1"));
        ChartPainter.Layout l = ChartPainter.layout(d, 450);
        BufferedImage img = image(ChartPainter.paint(d, 450, 300));
        double scale = 300 / 72.0;
        // at the right, where the line has climbed to 1,28, far from the band's middle and from 0,85 below it
        int inside = img.getRGB((int) ((l.left() + l.plotWidth() * 0.8) * scale), (int) (l.y(1.0) * scale));
        Color c = new Color(inside);
        assertThat(c.getGreen()).isGreaterThan(c.getRed()).isLessThan(255);
        int outside = img.getRGB((int) ((l.left() + l.plotWidth() * 0.8) * scale), (int) (l.y(0.85) * scale));
        assertThat(new Color(outside).getRed()).isGreaterThan(240);
        assertThat(ChartPainter.targetText(d)).isEqualTo("Målintervall: 0,9–1,1");
    }

    @Test
    void each_line_is_labelled_at_its_end_with_its_latest_value_in_the_label_column() throws Exception {
        ChartData d = threshold();
        ChartPainter.Layout l = ChartPainter.layout(d, 450);
        BufferedImage img = image(ChartPainter.paint(d, 450, 300));
        double scale = 300 / 72.0;
        assertThat(ChartPainter.seriesLabel(d.series().get(0))).isEqualTo("Region Örebro län 12,5");
        assertThat(ChartPainter.seriesLabel(d.series().get(1))).isEqualTo("Riket 9,5");
        // the label column right of the plot has ink at the height of each line's last value, none between them
        for (double v : new double[] {12.5, 9.5}) {
            int y = (int) Math.round(l.y(v) * scale);
            assertThat(ink(img, (int) ((l.labelX() + 8) * scale), img.getWidth(), y - 8, y + 8)).as("label at %s", v).isGreaterThan(50);
        }
        assertThat(ink(img, (int) ((l.labelX() + 8) * scale), img.getWidth(), (int) (l.y(11) * scale) - 8,
                (int) (l.y(11) * scale) + 8)).isZero();
    }

    @Test
    void the_alternative_text_tells_the_trend_in_words_and_numbers() {
        assertThat(ChartPainter.describe(threshold())).isEqualTo("Linjediagram: Andel i arbete (procent), 2019–2022. "
                + "Region Örebro län: från 10 (2019) till 12,5 (2022). Riket: från 9 (2019) till 9,5 (2022). Nivå att nå: 11. "
                + "Siffrorna finns i tabellen under diagrammet.");
    }

    @Test
    void with_more_series_than_colours_the_judged_unit_and_riket_keep_their_colours_and_neighbours_differ_in_marker_and_pattern() throws Exception {
        List<SeriesData> series = new ArrayList<>();
        series.add(new SeriesData("Region Örebro län", values("10", "11"), true));
        for (int i = 1; i <= 12; i++) {
            series.add(new SeriesData("Kommun " + i, values(String.valueOf(8 + i * 0.3), String.valueOf(8.5 + i * 0.3)), false));
        }
        series.add(new SeriesData("Riket", values("9", "9.5"), false));
        ChartData d = new ChartData("Andel", List.of("2021", "2022"), series, null, null, null);
        int n = series.size();
        assertThat(ChartPainter.style(0, n, true).colour()).isEqualTo(ChartPainter.COLOURS[0]);
        assertThat(ChartPainter.style(n - 1, n, false).colour()).isEqualTo(ChartPainter.COLOURS[1]);
        for (int i = 1; i < n - 2; i++) {
            assertThat(ChartPainter.style(i, n, false).colour()).isEqualTo(ChartPainter.MUTED);
            assertThat(ChartPainter.style(i, n, false).marker()).isNotEqualTo(ChartPainter.style(i + 1, n, false).marker());
        }
        // fourteen labels need room: the plot grows so they stay apart
        ChartPainter.Layout l = ChartPainter.layout(d, 450);
        assertThat(l.plotHeight()).isGreaterThanOrEqualTo(n * (ChartPainter.LABEL_SIZE + 2.5));
        ChartPainter.Picture p = ChartPainter.paint(d, 450, 300);
        assertThat(image(p).getHeight()).isEqualTo(p.heightPx());
        Path out = Path.of("target", "chart-painter");
        Files.createDirectories(out);
        Files.write(out.resolve("crowded.png"), p.png());
        Files.write(out.resolve("threshold.png"), ChartPainter.paint(threshold(), 450, 300).png());
    }

    static int ink(BufferedImage img, int x0, int x1, int y0, int y1) {
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
                Color c = new Color(img.getRGB(x, y));
                count += c.getRed() + c.getGreen() + c.getBlue() < 3 * 160 ? 1 : 0;
            }
        }
        return count;
    }
}
