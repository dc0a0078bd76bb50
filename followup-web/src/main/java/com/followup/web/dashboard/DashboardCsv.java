package com.followup.web.dashboard;

import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.Compliance;
import com.followup.domain.dashboard.SalesRunningTotal;
import com.followup.web.csv.SpreadsheetCsv;
import com.followup.web.format.ItemWordsDialect;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every dashboard table as CSV ({@link SpreadsheetCsv}), with headers in the reader's language. */
@Component
class DashboardCsv {

    private final MessageSource messages;
    private final ItemWordsDialect itemWords;

    DashboardCsv(MessageSource messages, ItemWordsDialect itemWords) {
        this.messages = messages;
        this.itemWords = itemWords;
    }

    /** {@code ownOnly} leaves out everyone but the reader in the people table. */
    String table(String table, AreaDashboard dashboard, boolean ownOnly, Locale locale) {
        SpreadsheetCsv csv = new SpreadsheetCsv();
        switch (table) {
            case "kpis" -> {
                csv.row(h("dashboard.kpi", locale), h("dashboard.unit", locale), h("dashboard.target", locale),
                        h("dashboard.actual", locale), h("dashboard.percentOfTarget", locale),
                        h("dashboard.monthSoFar", locale), h("dashboard.lastMonthSameDays", locale));
                for (KpiRow row : dashboard.kpis()) {
                    csv.row(row.kpi().name(), row.kpi().unit(), row.target(), row.actual(),
                            row.percentOfTarget(), row.monthSoFar(), row.lastMonthSameDays());
                }
            }
            case "people" -> {
                csv.row(h("dashboard.person", locale), h("dashboard.onTimeRate", locale),
                        h("dashboard.fellDue", locale), h("dashboard.doneOnTime", locale), h("dashboard.doneLate", locale),
                        h("dashboard.stillOverdue", locale), h("dashboard.overdueNow", locale),
                        h("dashboard.pastDeadline", locale));
                for (AreaMeasures.PersonFigures person : dashboard.people()) {
                    if (ownOnly && !Long.valueOf(person.personId()).equals(dashboard.personId())) {
                        continue;
                    }
                    csv.row(person.name(), person.compliance().onTimeRate().percent().orElse(null),
                            person.compliance().fellDue(), person.compliance().doneOnTime(),
                            person.compliance().doneLate(), person.compliance().stillOverdue(), person.overdueNow(),
                            person.pastDeadline());
                }
            }
            case "rules" -> {
                csv.row(h("item.rule", locale), h("dashboard.onTimeRate", locale), h("dashboard.fellDue", locale),
                        h("dashboard.doneOnTime", locale), h("dashboard.doneLate", locale),
                        h("dashboard.stillOverdue", locale), h("dashboard.overdueNow", locale));
                for (AreaMeasures.RuleFigures rule : dashboard.rules()) {
                    csv.row(itemWords.in(locale).topic(rule.topic(), rule.purpose()), rule.compliance().onTimeRate().percent().orElse(null),
                            rule.compliance().fellDue(), rule.compliance().doneOnTime(), rule.compliance().doneLate(),
                            rule.compliance().stillOverdue(), rule.overdueNow());
                }
            }
            case "receivables" -> {
                csv.row(h("dashboard.age", locale), h("dashboard.invoices", locale), h("dashboard.outstanding", locale),
                        h("dashboard.currency", locale));
                for (AreaMeasures.Ageing row : dashboard.receivables()) {
                    csv.row(h("ageing." + row.bucket(), locale), row.invoices(), row.outstanding(), dashboard.currency());
                }
                // other currencies are totalled in their own, never converted and never left out
                for (AreaMeasures.OtherCurrency other : dashboard.otherCurrencies()) {
                    csv.row(h("dashboard.ageing.allAges", locale), other.invoices(), other.outstanding(), other.currency());
                }
                if (dashboard.receivablesWithoutAmount() > 0) {
                    csv.row(h("dashboard.ageing.noAmount", locale), dashboard.receivablesWithoutAmount(), null, null);
                }
            }
            case "funnel" -> {
                csv.row(h("dashboard.stage", locale), h("dashboard.reached", locale));
                for (AreaMeasures.FunnelStage stage : dashboard.funnel()) {
                    csv.row(stage.isSold() ? h("rule.outcome.SOLD", locale) : stage.stage(), stage.reached());
                }
            }
            case "compliance-trend" -> {
                csv.row(h("dashboard.week", locale), h("dashboard.onTimeRate", locale), h("dashboard.fellDue", locale),
                        h("dashboard.doneOnTime", locale), h("dashboard.doneLate", locale), h("dashboard.stillOverdue", locale));
                for (int i = 0; i < dashboard.weeks().size(); i++) {
                    Compliance week = dashboard.complianceTrend().get(i);
                    csv.row(dashboard.weeks().get(i).from(), week.onTimeRate().percent().orElse(null), week.fellDue(),
                            week.doneOnTime(), week.doneLate(), week.stillOverdue());
                }
            }
            case "kpi-trend" -> {
                csv.row(h("dashboard.kpi", locale), h("dashboard.week", locale), h("dashboard.actual", locale),
                        h("dashboard.percentOfWeeklyTarget", locale));
                for (KpiRow row : dashboard.kpis()) {
                    List<Integer> shares = row.weeklyShares(dashboard.weeks());
                    for (int i = 0; i < row.trend().size(); i++) {
                        csv.row(row.kpi().name(), dashboard.weeks().get(i).from(), row.trend().get(i), shares.get(i));
                    }
                }
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return csv.toString();
    }

    /** The running total's table, one row a day, with the money of each currency in its own columns. */
    String runningTotal(SalesRunningTotal total, Locale locale) {
        SpreadsheetCsv csv = new SpreadsheetCsv();
        List<Object> header = new ArrayList<>(List.of(h("dashboard.runningTotal.day", locale),
                h("dashboard.runningTotal.sales", locale), h("dashboard.runningTotal.salesGoal", locale),
                h("dashboard.runningTotal.lastMonthDay", locale), h("dashboard.runningTotal.lastMonth", locale)));
        for (String currency : total.currencies()) {
            header.add(messages.getMessage("dashboard.runningTotal.amount", new Object[]{currency}, locale));
        }
        header.add(messages.getMessage("dashboard.runningTotal.amountGoal", new Object[]{total.currency()}, locale));
        for (String currency : total.currencies()) {
            header.add(messages.getMessage("dashboard.runningTotal.lastMonthAmount", new Object[]{currency}, locale));
        }
        csv.row(header.toArray());
        for (SalesRunningTotal.Day day : total.days()) {
            List<Object> row = new ArrayList<>(List.of(day.day(), day.sales()));
            row.add(day.salesGoalToDate());
            row.add(day.lastMonthDay());
            row.add(day.lastMonthSales());
            total.currencies().forEach(currency -> row.add(day.amount(currency)));
            row.add(day.amountGoalToDate());
            total.currencies().forEach(currency -> row.add(day.lastMonthAmount(currency)));
            csv.row(row.toArray());
        }
        return csv.toString();
    }

    private String h(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
