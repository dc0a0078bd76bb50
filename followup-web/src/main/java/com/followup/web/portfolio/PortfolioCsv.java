package com.followup.web.portfolio;

import com.followup.domain.portfolio.PortfolioLists.CustomerRow;
import com.followup.web.csv.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** The portfolio list as CSV ({@link SpreadsheetCsv}), headers and named values in the reader's language. */
@Component
class PortfolioCsv {

    private final MessageSource messages;

    PortfolioCsv(MessageSource messages) {
        this.messages = messages;
    }

    String customers(List<CustomerRow> rows, Locale locale) {
        SpreadsheetCsv csv = new SpreadsheetCsv();
        csv.row(h("portfolio.customer", locale), h("portfolio.type", locale), h("portfolio.region", locale),
                h("portfolio.owner", locale), h("portfolio.channel", locale), h("portfolio.segment", locale),
                h("portfolio.group", locale), h("portfolio.health", locale), h("portfolio.potential", locale),
                h("portfolio.revenue12m", locale), h("portfolio.lapsed", locale), h("portfolio.churned", locale),
                h("portfolio.leastProfitable", locale));
        for (CustomerRow row : rows) {
            csv.row(row.name(), row.type(), row.region(), row.ownerName(), h("portfolio.channel." + row.channel(), locale),
                    row.segment(), row.group() == null ? null : h("portfolio.group." + row.group(), locale), row.health(),
                    row.potential(), row.revenue12m(), yes(row.lapsed(), locale), yes(row.churned(), locale),
                    yes(row.leastProfitable(), locale));
        }
        return csv.toString();
    }

    private String yes(boolean value, Locale locale) {
        return h(value ? "portfolio.yes" : "portfolio.no", locale);
    }

    private String h(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
