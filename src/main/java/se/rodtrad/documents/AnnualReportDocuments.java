package se.rodtrad.documents;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.rodtrad.followup.reports.AnnualReports;
import se.rodtrad.followup.reports.AnnualReports.AnnualReport;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.reports.AssignmentStatus;
import se.rodtrad.followup.Formats;

/**
 * The region-wide annual report as PDF: title page, contents with bookmarks, the overview across the bodies (goals
 * per status, assignments per status, net economy with the organisation's total, ISK judgement), then one chapter
 * per body — its verksamhetsberättelse as submitted, or read live and marked "utkast, ej inlämnad" — with summary,
 * goals and their indicators' latest values, assignments, economy and the ISK judgement. Every page says
 * "Region Örebro län, Årsredovisning 2023 N(M)". Statuses are printed as icon and word.
 */
@Service
public class AnnualReportDocuments {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final String[] GOAL_ICONS = {"✔", "◐", "✖", "?"};

    /** The PDF and the file name it is offered under. */
    public record Rendered(byte[] bytes, String fileName, AnnualReport report) {
    }

    private final AnnualReports annual;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Formats formats;

    AnnualReportDocuments(AnnualReports annual, PdfRenderer pdf, MessageSource messages, Formats formats) {
        this.annual = annual;
        this.pdf = pdf;
        this.messages = messages;
        this.formats = formats;
    }

    public Rendered pdf(UUID organisationId, Integer year) {
        AnnualReport report = annual.report(organisationId, year);
        Map<String, Object> model = new HashMap<>();
        model.put("r", report);
        model.put("fmt", formats);
        model.put("footer", report.organisationName() + ", Årsredovisning " + report.year());
        Map<AssessmentStatus, String> statusWords = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            statusWords.put(s, GOAL_ICONS[s.ordinal()] + " " + msg("assessment.status." + s.name()));
        }
        Map<AssignmentStatus, String> assignmentWords = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            assignmentWords.put(s, msg("followup.assignment.icon." + s.name()) + " " + msg("followup.assignment.status." + s.name()));
        }
        model.put("goalStatuses", AssessmentStatus.values());
        model.put("assignmentStatuses", AssignmentStatus.values());
        model.put("statusWords", statusWords);
        model.put("assignmentWords", assignmentWords);
        // the document is Swedish whoever asks and from wherever (a page, the API, a batch): numbers as "157,1 mnkr"
        org.springframework.context.i18n.LocaleContext previous = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(SV);
        byte[] bytes;
        try {
            bytes = pdf.pdf("documents/annual-report-pdf", model);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(previous);
        }
        String name = (report.organisationName() + " - Årsredovisning " + report.year() + ".pdf").replaceAll("[\\\\/:*?\"<>|]", "_");
        return new Rendered(bytes, name, report);
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, SV);
    }
}
