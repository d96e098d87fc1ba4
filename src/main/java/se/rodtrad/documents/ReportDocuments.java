package se.rodtrad.documents;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.followup.AssessmentStatus;
import se.rodtrad.followup.AssignmentStatus;
import se.rodtrad.followup.FollowReport;
import se.rodtrad.followup.Formats;
import se.rodtrad.followup.ReportContent;
import se.rodtrad.followup.Reports;

/**
 * A follow-up report (delårsrapport, verksamhetsberättelse) as PDF, from the same content the pages show: the
 * snapshot once submitted, the live draft before. Statuses are printed as icon and word; each trend's numbers
 * are printed as text, since the PDF carries no colour to rely on.
 */
@Service
@Transactional(readOnly = true)
public class ReportDocuments {

    private static final java.util.Locale SV = java.util.Locale.forLanguageTag("sv-SE");

    private final Reports reports;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Formats formats;

    ReportDocuments(Reports reports, PdfRenderer pdf, MessageSource messages, Formats formats) {
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
        this.formats = formats;
    }

    public byte[] pdf(UUID reportId) {
        FollowReport r = reports.report(reportId);
        ReportContent c = reports.content(reportId);
        Map<String, Object> model = new HashMap<>();
        String occasion = msg("ic.occasion." + c.occasion().name());
        model.put("c", c);
        model.put("fmt", formats);
        model.put("occasionName", occasion);
        model.put("title", occasion + " – " + c.bodyName() + " " + c.year());
        model.put("stamp", r.submitted()
                ? "Inlämnad " + r.submittedAt().atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate() + " av " + r.submittedBy()
                        + ". Rapporten är en ögonblicksbild och ändras inte."
                : "Utkast – siffrorna är dagens och kan ändras.");
        Map<AssessmentStatus, String> statusWords = new EnumMap<>(AssessmentStatus.class);
        String[] icons = {"✔", "◐", "✖", "?"};
        for (AssessmentStatus s : AssessmentStatus.values()) {
            statusWords.put(s, icons[s.ordinal()] + " " + msg("assessment.status." + s.name()));
        }
        Map<AssignmentStatus, String> assignmentWords = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            assignmentWords.put(s, msg("followup.assignment.icon." + s.name()) + " " + msg("followup.assignment.status." + s.name()));
        }
        Map<UUID, String> series = new HashMap<>();
        for (ReportContent.GoalSection g : c.goals()) {
            for (ReportContent.IndicatorSection i : g.indicators()) {
                if (i.chart() != null) {
                    series.put(i.followedIndicatorId(), numbers(i.chart()));
                }
            }
        }
        model.put("statusWords", statusWords);
        model.put("assignmentWords", assignmentWords);
        model.put("series", series);
        return pdf.pdf("documents/report-pdf", model);
    }

    /** "Report name.pdf" without characters file systems refuse. */
    public String fileName(UUID reportId) {
        FollowReport r = reports.report(reportId);
        return (r.bodyName() + " - " + msg("ic.occasion." + r.occasion().name()) + " " + r.year()).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    /** A trend as text: "Region Örebro län: 2021 10; 2022 12,5 · Riket: …" and the target. */
    private String numbers(ReportContent.ChartData d) {
        StringBuilder sb = new StringBuilder();
        for (ReportContent.SeriesData s : d.series()) {
            if (!sb.isEmpty()) {
                sb.append(" · ");
            }
            sb.append(s.label()).append(':');
            List<BigDecimal> v = s.values();
            for (int k = 0; k < d.periods().size() && k < v.size(); k++) {
                sb.append(' ').append(d.periods().get(k)).append(' ').append(v.get(k) == null ? "–" : formats.value(v.get(k)))
                        .append(k + 1 < d.periods().size() ? ";" : "");
            }
        }
        if (d.targetLabel() != null) {
            sb.append(" · ").append(d.targetLabel()).append(": ").append(formats.value(d.targetLower()))
                    .append(d.targetUpper() == null ? "" : "–" + formats.value(d.targetUpper()));
        }
        return sb.toString();
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, SV);
    }
}
