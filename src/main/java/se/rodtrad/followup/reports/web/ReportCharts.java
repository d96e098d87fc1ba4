package se.rodtrad.followup.reports.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.followup.economy.PeriodReport;
import se.rodtrad.followup.reports.ReportContent;
import se.rodtrad.followup.web.Charts;
import se.rodtrad.shared.web.Messages;

/**
 * A report's charts drawn from its content — the same for a draft and a submitted snapshot, since the
 * snapshot holds the numbers, not pictures: the indicators' trends with target, comparison units and riket,
 * and the economy's budget and outcome by month.
 */
@Component
class ReportCharts {

    private final Charts charts;
    private final Messages messages;

    ReportCharts(Charts charts, Messages messages) {
        this.charts = charts;
        this.messages = messages;
    }

    /** The trend chart of each indicator that has values, by followed indicator id. */
    Map<UUID, Charts.Chart> indicators(ReportContent c) {
        Map<UUID, Charts.Chart> result = new LinkedHashMap<>();
        for (ReportContent.GoalSection g : c.goals()) {
            for (ReportContent.IndicatorSection i : g.indicators()) {
                if (i.chart() != null) {
                    result.put(i.followedIndicatorId(), chart(i.chart()));
                }
            }
        }
        return result;
    }

    Charts.Chart chart(ReportContent.ChartData d) {
        List<Period> periods = d.periods().stream().map(p -> Period.parse(p).orElseThrow()).toList();
        List<Charts.Series> series = new ArrayList<>();
        for (ReportContent.SeriesData s : d.series()) {
            Map<Period, BigDecimal> points = new LinkedHashMap<>();
            for (int i = 0; i < periods.size() && i < s.values().size(); i++) {
                if (s.values().get(i) != null) {
                    points.put(periods.get(i), s.values().get(i));
                }
            }
            // the judged unit, first, is drawn emphasised — as on the indicator's page
            series.add(new Charts.Series(s.label(), points, series.isEmpty()));
        }
        Charts.TargetMark target = d.targetLabel() == null ? null : new Charts.TargetMark(d.targetLabel(), d.targetLower(), d.targetUpper());
        return charts.render(d.caption(), periods, series, target);
    }

    /** Budget and outcome by month, net, as the period report draws it. */
    String economy(ReportContent c) {
        if (c.economy() == null || c.economy().report().areas().isEmpty()) {
            return null;
        }
        PeriodReport report = c.economy().report();
        List<Charts.Bar> bars = new ArrayList<>();
        for (PeriodReport.MonthRow r : report.months()) {
            bars.add(new Charts.Bar(messages.get("followup.economy.month.short." + r.month()), r.budget(), r.outcome()));
        }
        String scope = c.economy().scopeName() == null ? messages.get("followup.economy.allAreas") : c.economy().scopeName();
        return charts.bars(messages.get("followup.economy.chartTitle", String.valueOf(c.year()), scope), bars,
                messages.get("followup.economy.budget"), messages.get("followup.economy.outcome"));
    }
}
