package se.rodtrad.followup.reports.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.followup.reports.FollowReport;
import se.rodtrad.followup.reports.ReportContent;
import se.rodtrad.followup.reports.Reports;

/** Submitted reports in the public portal: readable by anyone, on a phone; drafts are never shown. */
@Controller
class PortalReportPages {

    private final Reports reports;
    private final ReportCharts charts;

    PortalReportPages(Reports reports, ReportCharts charts) {
        this.reports = reports;
        this.charts = charts;
    }

    /** Reports on one page of the portal's list, as many as the portal's plans. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/portal/rapporter")
    String list(@RequestParam(name = "sida", defaultValue = "1") int page, Model model) {
        Reports.SubmittedPage found = reports.submitted(null, null, page - 1, PAGE_SIZE);
        model.addAttribute("reports", found.reports());
        model.addAttribute("found", found);
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
