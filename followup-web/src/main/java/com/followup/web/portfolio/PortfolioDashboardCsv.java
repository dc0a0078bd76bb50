package com.followup.web.portfolio;

import com.followup.domain.portfolio.Coverage;
import com.followup.domain.portfolio.PortfolioDashboards;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.SegmentFigures;
import com.followup.web.csv.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Each table of the portfolio dashboard as CSV ({@link SpreadsheetCsv}), headers and words in the reader's language. */
@Component
class PortfolioDashboardCsv {

    static final List<String> TABLES = List.of("segments", "retention", "coverage", "channels", "market", "movement", "weeks");

    private final MessageSource messages;

    PortfolioDashboardCsv(MessageSource messages) {
        this.messages = messages;
    }

    String table(String table, PortfolioDashboard dashboard, Locale locale) {
        SpreadsheetCsv csv = new SpreadsheetCsv();
        List<SegmentFigures> rows = dashboard.overview().rows();
        switch (table) {
            case "segments" -> {
                csv.row(h("portfolio.segment", locale), h("portfolio.dashboard.customers", locale),
                        h("portfolio.dashboard.active", locale), h("portfolio.dashboard.revenue", locale),
                        h("portfolio.dashboard.share", locale), h("portfolio.dashboard.perCustomer", locale),
                        h("portfolio.dashboard.products", locale), h("portfolio.dashboard.margin", locale),
                        h("portfolio.dashboard.lapsed", locale));
                for (SegmentFigures f : rows) {
                    csv.row(name(f.segment(), locale), f.customers(), f.active(), f.revenue(),
                            f.shareOf(dashboard.overview().all()), f.revenuePerCustomer(), f.productsPerCustomer(),
                            f.marginPercent(), f.lapsed());
                }
            }
            case "retention" -> {
                csv.row(h("portfolio.segment", locale), h("portfolio.dashboard.activeBefore", locale),
                        h("portfolio.dashboard.retained", locale), h("portfolio.dashboard.retention", locale),
                        h("portfolio.dashboard.lost", locale), h("portfolio.dashboard.churn", locale));
                for (SegmentFigures f : rows) {
                    csv.row(name(f.segment(), locale), f.activeBefore(), f.retained(), f.retention().percent().orElse(null),
                            f.lost(), f.churnRate().percent().orElse(null));
                }
            }
            case "weeks" -> {
                List<Object> header = new ArrayList<>(List.of(h("portfolio.dashboard.week", locale)));
                for (Segment segment : dashboard.weekColumns()) {
                    header.add(name(segment, locale) + " · " + h("portfolio.dashboard.active", locale));
                    header.add(name(segment, locale) + " · " + h("portfolio.dashboard.revenue", locale));
                }
                csv.row(header.toArray());
                for (var week : dashboard.weeks()) {
                    List<Object> row = new ArrayList<>(List.of(week.from()));
                    for (Segment segment : dashboard.weekColumns()) {
                        row.add(dashboard.week(week, segment).customers());
                        row.add(dashboard.week(week, segment).revenue());
                    }
                    csv.row(row.toArray());
                }
            }
            case "coverage" -> {
                csv.row(h("portfolio.segment", locale), h("portfolio.coverage.rhythm", locale),
                        h("portfolio.coverage.customers", locale), h("portfolio.coverage.covered", locale),
                        h("portfolio.coverage.uncovered", locale), h("portfolio.coverage.share", locale));
                for (Coverage c : dashboard.coverage()) {
                    csv.row(c.segment(), c.everyDays(), c.customers(), c.covered(), c.uncovered(), c.percent());
                }
            }
            case "channels" -> {
                csv.row(h("portfolio.channel", locale), h("portfolio.segment", locale),
                        h("portfolio.dashboard.customers", locale), h("portfolio.dashboard.revenue", locale),
                        h("portfolio.dashboard.marginAmount", locale));
                for (PortfolioDashboards.ChannelCell cell : dashboard.overview().cells()) {
                    csv.row(h("portfolio.channel." + cell.channel(), locale), cell.segment(), cell.customers(),
                            cell.revenue(), cell.margin());
                }
            }
            case "market" -> {
                csv.row(h("portfolio.segment", locale), h("portfolio.dashboard.revenue12m", locale),
                        h("portfolio.dashboard.marketSize", locale), h("portfolio.dashboard.marketShare", locale));
                for (SegmentFigures f : dashboard.overview().segments()) {
                    csv.row(f.segment(), f.revenue12m(), dashboard.market().of(f.segment()),
                            f.marketShare(dashboard.market().of(f.segment())));
                }
            }
            case "movement" -> {
                List<Object> header = new ArrayList<>(List.of(h("portfolio.dashboard.movedFrom", locale)));
                for (Segment now : Segment.values()) {
                    header.add(messages.getMessage("portfolio.dashboard.movedTo", new Object[] {now}, locale));
                }
                csv.row(header.toArray());
                for (Segment was : Segment.values()) {
                    List<Object> row = new ArrayList<>(List.of(was));
                    for (Segment now : Segment.values()) {
                        row.add(dashboard.moved(was, now));
                    }
                    csv.row(row.toArray());
                }
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return csv.toString();
    }

    private String name(Segment segment, Locale locale) {
        return segment == null ? h("portfolio.dashboard.all", locale) : segment.name();
    }

    private String h(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
