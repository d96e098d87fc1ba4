package se.rodtrad.followup.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.rodtrad.followup.FollowReport;
import se.rodtrad.followup.ReportContent;
import se.rodtrad.followup.Reports;

/** Submitted reports in the public portal: readable by anyone, on a phone; drafts are never shown. */
@Controller
class PortalReportPages {

    private final Reports reports;
    private final ReportCharts charts;

    PortalReportPages(Reports reports, ReportCharts charts) {
        this.reports = reports;
        this.charts = charts;
    }

    @GetMapping("/portal/rapporter")
    String list(Model model) {
        model.addAttribute("reports", reports.submitted(null, null));
        return "portal/reports";
    }

    @GetMapping("/portal/rapporter/{id}")
    String view(@PathVariable UUID id, Model model) {
        FollowReport r = reports.submittedReport(id);
        ReportContent c = reports.content(id);
        model.addAttribute("report", r);
        model.addAttribute("c", c);
        model.addAttribute("charts", charts.indicators(c));
        model.addAttribute("economySvg", charts.economy(c));
        return "portal/report";
    }
}
