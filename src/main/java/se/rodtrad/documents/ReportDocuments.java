package se.rodtrad.documents;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.reports.AssignmentStatus;
import se.rodtrad.followup.reports.FollowReport;
import se.rodtrad.followup.Formats;
import se.rodtrad.followup.reports.ReportContent;
import se.rodtrad.followup.reports.Reports;

/**
 * A follow-up report (delårsrapport, verksamhetsberättelse) as PDF and DOCX, from the same content the pages show: the
 * snapshot once submitted, the live draft before. Statuses are printed as icon and word; each trend is drawn as
 * a chart ({@link ChartPainter}) with its numbers as a table beside it, so nothing depends on the picture alone.
 */
@Service
public class ReportDocuments {

    private static final java.util.Locale SV = java.util.Locale.forLanguageTag("sv-SE");

    private final Reports reports;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final MessageSource messages;
    private final Formats formats;

    ReportDocuments(Reports reports, PdfRenderer pdf, DocxRenderer docx, MessageSource messages, Formats formats) {
        this.reports = reports;
        this.pdf = pdf;
        this.docx = docx;
        this.messages = messages;
        this.formats = formats;
    }

    /** What both formats print: the content, its title and stamp, statuses as icon and word, and the trends' figures. */
    record Model(ReportContent content, String occasionName, String title, String stamp, Map<AssessmentStatus, String> statusWords,
            Map<AssignmentStatus, String> assignmentWords, Map<UUID, Figure> figures, Formats formats) {
    }

    Model model(UUID reportId) {
        FollowReport r = reports.report(reportId);
        ReportContent c = reports.content(reportId);
        String occasion = msg("ic.occasion." + c.occasion().name());
        String stamp = r.submitted()
                ? "Inlämnad " + r.submittedAt().atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate() + " av " + r.submittedBy()
                        + ". Rapporten är en ögonblicksbild och ändras inte."
                : "Utkast – siffrorna är dagens och kan ändras.";
        Map<AssessmentStatus, String> statusWords = new EnumMap<>(AssessmentStatus.class);
        String[] icons = {"✔", "◐", "✖", "?"};
        for (AssessmentStatus s : AssessmentStatus.values()) {
            statusWords.put(s, icons[s.ordinal()] + " " + msg("assessment.status." + s.name()));
        }
        Map<AssignmentStatus, String> assignmentWords = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            assignmentWords.put(s, msg("followup.assignment.icon." + s.name()) + " " + msg("followup.assignment.status." + s.name()));
        }
        return new Model(c, occasion, occasion + " – " + c.bodyName() + " " + c.year(), stamp, statusWords, assignmentWords, figures(c), formats);
    }

    /**
     * The documents are Swedish whoever downloads them: numbers are formatted the Swedish way ("157,1") also
     * for a visitor whose browser asks for English.
     */
    private static <T> T inSwedish(java.util.function.Supplier<T> work) {
        org.springframework.context.i18n.LocaleContext before = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(SV);
        try {
            return work.get();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(before);
        }
    }

    public byte[] pdf(UUID reportId) {
        return inSwedish(() -> renderPdf(reportId));
    }

    private byte[] renderPdf(UUID reportId) {
        Model m = model(reportId);
        Map<String, Object> model = new HashMap<>();
        model.put("c", m.content());
        model.put("fmt", formats);
        model.put("occasionName", m.occasionName());
        model.put("title", m.title());
        model.put("stamp", m.stamp());
        model.put("statusWords", m.statusWords());
        model.put("assignmentWords", m.assignmentWords());
        model.put("figures", m.figures());
        return pdf.pdf("documents/report-pdf", model);
    }

    /** The same report as DOCX, editable in Word: heading styles, tables with header rows, the charts as pictures. */
    public byte[] docx(UUID reportId) {
        return inSwedish(() -> docx.report(model(reportId)));
    }

    /** The report's file name without extension ("Regional tillväxtnämnd - Delårsrapport 1 2023"), without characters file systems refuse. */
    public String fileName(UUID reportId) {
        FollowReport r = reports.report(reportId);
        return (r.bodyName() + " - " + msg("ic.occasion." + r.occasion().name()) + " " + r.year()).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    /** Printed width of a chart: the page's text width (A4 less 25 + 22 mm margins) with a little air. */
    static final double CHART_WIDTH_PT = 450;
    /** Print resolution of the charts' pictures. */
    static final int CHART_DPI = 300;

    /**
     * An indicator's trend as the documents print it: the picture, its alternative text in words, and its numbers
     * as a table (one row per series and a row for the target, one column per period).
     */
    public record Figure(String title, ChartPainter.Picture picture, String alt, List<String> header, List<List<String>> rows) {

        public String src() {
            return picture.dataUri();
        }

        public String size() {
            return String.format(java.util.Locale.ROOT, "width: %.1fmm; height: %.1fmm;", picture.widthMm(), picture.heightMm());
        }
    }

    /** Each charted indicator's figure, by followed indicator id, in the order of the report. */
    Map<UUID, Figure> figures(ReportContent c) {
        Map<UUID, Figure> figures = new java.util.LinkedHashMap<>();
        for (ReportContent.GoalSection g : c.goals()) {
            for (ReportContent.IndicatorSection i : g.indicators()) {
                if (i.chart() != null && !i.chart().series().isEmpty()) {
                    figures.put(i.followedIndicatorId(), figure(i));
                }
            }
        }
        return figures;
    }

    static Figure figure(ReportContent.IndicatorSection i) {
        ReportContent.ChartData d = i.chart();
        List<String> header = new java.util.ArrayList<>();
        header.add("Serie");
        header.addAll(d.periods());
        List<List<String>> rows = new java.util.ArrayList<>();
        for (ReportContent.SeriesData s : d.series()) {
            List<String> row = new java.util.ArrayList<>();
            row.add(s.label());
            for (int k = 0; k < d.periods().size(); k++) {
                row.add(k < s.values().size() ? ChartPainter.value(s.values().get(k)) : "–");
            }
            rows.add(row);
        }
        if (d.targetLabel() != null && d.targetLower() != null) {
            List<String> row = new java.util.ArrayList<>();
            row.add(d.targetLabel());
            String target = ChartPainter.value(d.targetLower()) + (d.targetUpper() == null ? "" : "–" + ChartPainter.value(d.targetUpper()));
            d.periods().forEach(p -> row.add(target));
            rows.add(row);
        }
        return new Figure("Utveckling: " + i.text(), ChartPainter.paint(d, CHART_WIDTH_PT, CHART_DPI), ChartPainter.describe(d), header, rows);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, SV);
    }
}
