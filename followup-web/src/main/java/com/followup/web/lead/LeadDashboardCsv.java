package com.followup.web.lead;

import com.followup.domain.lead.FunnelStep;
import com.followup.domain.lead.LeadFigures;
import com.followup.domain.lead.LeadFunnel;
import com.followup.domain.lead.LeadStatus;
import com.followup.web.csv.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every table of the lead dashboard as CSV, with headers, steps, statuses and reasons in the reader's language. */
@Component
class LeadDashboardCsv {

    private final MessageSource messages;

    LeadDashboardCsv(MessageSource messages) {
        this.messages = messages;
    }

    String table(String table, LeadDashboard.View view, Locale locale) {
        SpreadsheetCsv csv = new SpreadsheetCsv();
        switch (table) {
            case "owners" -> {
                csv.row(h("lead.owner", locale), h("leadDashboard.answered", locale), h("leadDashboard.median", locale),
                        h("leadDashboard.ninetieth", locale), h("leadDashboard.met", locale), h("leadDashboard.missed", locale),
                        h("leadDashboard.share", locale));
                for (LeadDashboard.Owner owner : view.owners()) {
                    csv.row(owner.name(), owner.times().answered(), owner.times().medianMinutes().orElse(null),
                            owner.times().ninetiethMinutes().orElse(null), owner.deadlines().met(), owner.deadlines().missed(),
                            owner.deadlines().share().percent().orElse(null));
                }
            }
            case "sources" -> {
                csv.row(h("lead.source", locale), h("leadDashboard.met", locale), h("leadDashboard.missed", locale),
                        h("leadDashboard.share", locale));
                for (LeadFigures.DeadlineGroup source : view.sources()) {
                    csv.row(source.name(), source.met(), source.missed(), source.share().percent().orElse(null));
                }
            }
            case "weeks" -> {
                csv.row(h("dashboard.week", locale), h("leadDashboard.met", locale), h("leadDashboard.missed", locale),
                        h("leadDashboard.share", locale));
                for (LeadDashboard.Week week : view.weeks()) {
                    csv.row(week.days().from(), week.deadlines().met(), week.deadlines().missed(),
                            week.deadlines().share().percent().orElse(null));
                }
            }
            case "funnel" -> {
                List<Object> header = new ArrayList<>(List.of(h("dashboard.week", locale)));
                for (FunnelStep step : FunnelStep.values()) {
                    header.add(h("leadDashboard.step." + step, locale));
                }
                csv.row(header.toArray());
                csv.row(funnelRow(view.funnel().total(), h("leadDashboard.allWeeks", locale)));
                for (LeadFunnel.Week week : view.funnel().weeks()) {
                    csv.row(funnelRow(week, week.week()));
                }
            }
            case "dropoffs" -> {
                csv.row(h("leadDashboard.stoppedAt", locale), h("leadDashboard.why", locale), h("leadDashboard.people", locale));
                for (FunnelStep step : FunnelStep.values()) {
                    for (Map.Entry<FunnelStep.Stop, Long> stop : view.funnel().total().stoppedAt(step).entrySet()) {
                        csv.row(h("leadDashboard.step." + step, locale), h("leadDashboard.stop." + stop.getKey(), locale),
                                stop.getValue());
                    }
                }
            }
            case "outcomes" -> {
                List<Object> header = new ArrayList<>(List.of(h("lead.source", locale), h("leadDashboard.arrived", locale)));
                for (LeadStatus status : LeadStatus.values()) {
                    header.add(h("lead.status." + status, locale));
                }
                header.add(h("leadDashboard.step.WON", locale));
                csv.row(header.toArray());
                for (LeadDashboard.Source source : view.outcomes()) {
                    List<Object> row = new ArrayList<>(List.of(source.name(), source.arrived()));
                    for (LeadStatus status : LeadStatus.values()) {
                        row.add(source.in(status));
                    }
                    row.add(source.won());
                    csv.row(row.toArray());
                }
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return csv.toString();
    }

    private static Object[] funnelRow(LeadFunnel.Week week, Object label) {
        List<Object> row = new ArrayList<>(List.of(label));
        for (FunnelStep step : FunnelStep.values()) {
            row.add(week.reached(step));
        }
        return row.toArray();
    }

    private String h(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
