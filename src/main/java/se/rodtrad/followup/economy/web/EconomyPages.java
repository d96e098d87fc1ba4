package se.rodtrad.followup.economy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.followup.economy.Economy;
import se.rodtrad.followup.economy.PeriodReport;
import se.rodtrad.followup.web.Charts;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.web.Messages;

/** The monthly period report: budget, outcome to date, year forecast and deviation per area, with the chart. */
@Controller
class EconomyPages {

    private final Economy economy;
    private final Charts charts;
    private final Messages messages;
    private final AccessPolicy access;

    EconomyPages(Economy economy, Charts charts, Messages messages, AccessPolicy access) {
        this.economy = economy;
        this.charts = charts;
        this.messages = messages;
        this.access = access;
    }

    @GetMapping("/uppfoljning/ekonomi")
    String report(@RequestParam(name = "ar", required = false) Integer year, @RequestParam(name = "manad", required = false) Integer month,
            @RequestParam(name = "enhet", required = false) UUID scope, Model model) {
        List<Integer> years = economy.years();
        int y = year != null && years.contains(year) ? year : years.isEmpty() ? java.time.Year.now().getValue() : years.get(0);
        int m = month != null && month >= 1 && month <= 12 ? month : 8;
        List<Unit> scopes = economy.scopes(y);
        UUID s = scope != null && scopes.stream().anyMatch(u -> u.id().equals(scope)) ? scope : null;
        PeriodReport report = economy.report(y, m, s);
        List<Charts.Bar> bars = new ArrayList<>();
        for (PeriodReport.MonthRow r : report.months()) {
            bars.add(new Charts.Bar(messages.get("followup.economy.month.short." + r.month()), r.budget(), r.outcome()));
        }
        String title = messages.get("followup.economy.chartTitle", String.valueOf(y), s == null ? messages.get("followup.economy.allAreas") : report.scopeName());
        model.addAttribute("report", report);
        model.addAttribute("years", years);
        model.addAttribute("year", y);
        model.addAttribute("month", m);
        model.addAttribute("scopes", scopes);
        model.addAttribute("scope", s);
        model.addAttribute("chartSvg", report.areas().isEmpty() ? null
                : charts.bars(title, bars, messages.get("followup.economy.budget"), messages.get("followup.economy.outcome")));
        model.addAttribute("chartTitle", title);
        model.addAttribute("canImport", access.allowsAny(Permission.EDIT_BUDGET));
        return "followup/economy";
    }
}
