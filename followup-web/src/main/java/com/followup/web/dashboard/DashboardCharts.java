package com.followup.web.dashboard;

import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.Compliance;
import com.followup.domain.dashboard.SalesRunningTotal;
import com.followup.web.format.DateFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
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

    /** {@code scale}: percent (0-100 % at least), count (whole numbers) or money, for the value axis. */
    record Chart(String type, boolean horizontal, List<String> labels, List<DataSet> datasets, String scale) {
    }

    private static final String PERCENT = "percent";
    private static final String ACTUAL = "#2b6cb0";
    private static final String GOAL = "#1f6f5c";
    private static final String MUTED = "#6c757d";

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
        List<BigDecimal> percents = new ArrayList<>();
        List<Integer> goal = new ArrayList<>();
        for (KpiRow row : dashboard.kpis()) {
            if (row.percentOfTarget() != null) {
                names.add(row.kpi().name());
                percents.add(row.percentOfTarget());
                goal.add(100);
            }
        }
        // an empty period draws no chart: the page says there is no data yet rather than empty axes
        if (!names.isEmpty()) {
            charts.put("goals", write(new Chart("bar", true, names, List.of(
                    new DataSet(text("dashboard.chart.actualPercent", locale), percents, null),
                    new DataSet(text("dashboard.chart.goal", locale), goal, "#1f6f5c")), PERCENT)));
        }
        List<Integer> onTime = dashboard.complianceTrend().stream().map(DashboardCharts::percentOrNull).toList();
        if (onTime.stream().anyMatch(Objects::nonNull)) {
            charts.put("compliance", write(new Chart("line", false,
                    dashboard.weeks().stream().map(week -> dates.in(locale).shortDay(week.from())).toList(),
                    List.of(new DataSet(text("dashboard.chart.onTime", locale), onTime, null)), PERCENT)));
        }
        List<DataSet> trends = new ArrayList<>();
        for (KpiRow row : dashboard.kpis()) {
            if (!row.trend().isEmpty() && row.trend().stream().anyMatch(Objects::nonNull)) {
                trends.add(new DataSet(row.kpi().name(), row.weeklyShares(dashboard.weeks()), null));
            }
        }
        if (!trends.isEmpty()) {
            charts.put("kpiTrend", write(new Chart("line", false,
                    dashboard.weeks().stream().map(week -> dates.in(locale).shortDay(week.from())).toList(), trends, PERCENT)));
        }
        if (dashboard.funnel().stream().anyMatch(stage -> stage.reached() > 0)) {
            charts.put("funnel", write(new Chart("bar", true,
                    dashboard.funnel().stream().map(stage -> stage.isSold()
                            ? text("rule.outcome.SOLD", locale) : stage.stage()).toList(),
                    List.of(new DataSet(text("dashboard.chart.reached", locale),
                            dashboard.funnel().stream().map(AreaMeasures.FunnelStage::reached).toList(), null)), "count")));
        }
        if (dashboard.receivables().stream().anyMatch(row -> row.invoices() > 0)) {
            charts.put("ageing", write(new Chart("bar", false,
                    dashboard.receivables().stream().map(row -> text("ageing." + row.bucket(), locale)).toList(),
                    List.of(new DataSet(text("dashboard.chart.outstanding", locale),
                            dashboard.receivables().stream().map(AreaMeasures.Ageing::outstanding).toList(), "#b45309")), "money")));
        }
        return charts;
    }

    /**
     * The running total of the month: the sales to date, the goal to date and last month to the same day; the same for
     * the amount in the company's currency when anything was sold with one or a goal of money is set.
     */
    Map<String, String> of(SalesRunningTotal total, Locale locale) {
        Map<String, String> charts = new LinkedHashMap<>();
        List<String> days = total.days().stream().map(day -> String.valueOf(day.day().getDayOfMonth())).toList();
        List<DataSet> count = new ArrayList<>();
        count.add(new DataSet(text("dashboard.chart.salesToDate", locale),
                total.days().stream().map(SalesRunningTotal.Day::sales).toList(), ACTUAL));
        if (total.salesGoal() != null) {
            count.add(new DataSet(text("dashboard.chart.goalToDate", locale),
                    total.days().stream().map(SalesRunningTotal.Day::salesGoalToDate).toList(), GOAL));
        }
        count.add(new DataSet(text("dashboard.chart.lastMonthToDate", locale),
                total.days().stream().map(SalesRunningTotal.Day::lastMonthSales).toList(), MUTED));
        // a month with no sales, none last month and no goal draws no chart: the page says there is no data yet
        if (total.salesGoal() != null || total.days().stream().anyMatch(day -> day.sales() > 0 || day.lastMonthSales() > 0)) {
            charts.put("runningCount", write(new Chart("line", false, days, count, "count")));
        }
        String currency = total.currency();
        boolean money = total.amountGoal() != null || total.days().stream()
                .anyMatch(day -> day.amount(currency).signum() != 0 || day.lastMonthAmount(currency).signum() != 0);
        if (money) {
            List<DataSet> amounts = new ArrayList<>();
            amounts.add(new DataSet(text("dashboard.chart.salesToDate", locale) + " (" + currency + ")",
                    total.days().stream().map(day -> day.amount(currency)).toList(), ACTUAL));
            if (total.amountGoal() != null) {
                amounts.add(new DataSet(text("dashboard.chart.goalToDate", locale),
                        total.days().stream().map(SalesRunningTotal.Day::amountGoalToDate).toList(), GOAL));
            }
            amounts.add(new DataSet(text("dashboard.chart.lastMonthToDate", locale),
                    total.days().stream().map(day -> day.lastMonthAmount(currency)).toList(), MUTED));
            charts.put("runningAmount", write(new Chart("line", false, days, amounts, "money")));
        }
        return charts;
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
