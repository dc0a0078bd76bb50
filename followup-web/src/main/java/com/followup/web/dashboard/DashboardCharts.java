package com.followup.web.dashboard;

import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.Compliance;
import com.followup.domain.dashboard.DateRange;
import com.followup.web.format.DateFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The charts of a dashboard as JSON for the page's Chart.js (served by the app; static/js/charts.js draws them).
 * Every chart has a table with the same numbers beside it.
 */
@Component
class DashboardCharts {

    record DataSet(String label, List<? extends Number> data, String colour) {
    }

    record Chart(String type, boolean horizontal, List<String> labels, List<DataSet> datasets) {
    }

    private final JsonMapper json;
    private final MessageSource messages;
    private final DateFormats dates;

    DashboardCharts(JsonMapper json, MessageSource messages, DateFormats dates) {
        this.json = json;
        this.messages = messages;
        this.dates = dates;
    }

    Map<String, String> of(AreaDashboard dashboard, Locale locale) {
        Map<String, String> charts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<Integer> percents = new ArrayList<>();
        List<Integer> goal = new ArrayList<>();
        for (KpiRow row : dashboard.kpis()) {
            if (row.percentOfTarget() != null) {
                names.add(row.kpi().name());
                percents.add(row.percentOfTarget());
                goal.add(100);
            }
        }
        charts.put("goals", write(new Chart("bar", true, names, List.of(
                new DataSet(text("dashboard.chart.actualPercent", locale), percents, null),
                new DataSet(text("dashboard.chart.goal", locale), goal, "#1f6f5c")))));
        charts.put("compliance", write(new Chart("line", false,
                dashboard.weeks().stream().map(week -> dates.in(locale).shortDay(week.from())).toList(),
                List.of(new DataSet(text("dashboard.chart.onTime", locale),
                        dashboard.complianceTrend().stream().map(DashboardCharts::percentOrNull).toList(), null)))));
        List<DataSet> trends = new ArrayList<>();
        for (KpiRow row : dashboard.kpis()) {
            if (!row.trend().isEmpty() && row.trend().stream().anyMatch(Objects::nonNull)) {
                trends.add(new DataSet(row.kpi().name(), percentOfWeeklyTarget(row, dashboard.weeks()), null));
            }
        }
        if (!trends.isEmpty()) {
            charts.put("kpiTrend", write(new Chart("line", false,
                    dashboard.weeks().stream().map(week -> dates.in(locale).shortDay(week.from())).toList(), trends)));
        }
        if (!dashboard.funnel().isEmpty()) {
            charts.put("funnel", write(new Chart("bar", true,
                    dashboard.funnel().stream().map(stage -> stage.isSold()
                            ? text("rule.outcome.SOLD", locale) : stage.stage()).toList(),
                    List.of(new DataSet(text("dashboard.chart.reached", locale),
                            dashboard.funnel().stream().map(AreaMeasures.FunnelStage::reached).toList(), null)))));
        }
        if (!dashboard.receivables().isEmpty()) {
            charts.put("ageing", write(new Chart("bar", false,
                    dashboard.receivables().stream().map(row -> text("ageing." + row.bucket(), locale)).toList(),
                    List.of(new DataSet(text("dashboard.chart.outstanding", locale),
                            dashboard.receivables().stream().map(AreaMeasures.Ageing::outstanding).toList(), "#b45309")))));
        }
        return charts;
    }

    /** Each week's value as a share of the KPI's target for a week, so that KPIs of different units share an axis. */
    private static List<Integer> percentOfWeeklyTarget(KpiRow row, List<DateRange> weeks) {
        List<Integer> shares = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            BigDecimal value = row.trend().get(i);
            BigDecimal target = Dashboards.scaled(row.kpi(), row.kpi().target(), weeks.get(i));
            shares.add(value == null || target.signum() == 0 ? null
                    : value.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue());
        }
        return shares;
    }

    private static Integer percentOrNull(Compliance compliance) {
        return compliance.onTimeRate().percent().orElse(null);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String write(Chart chart) {
        return json.writeValueAsString(chart);
    }
}
