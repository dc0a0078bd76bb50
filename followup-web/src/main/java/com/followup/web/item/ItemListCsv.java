package com.followup.web.item;

import com.followup.domain.item.ItemLists.ItemRow;
import com.followup.domain.item.ItemStatus;
import com.followup.web.csv.SpreadsheetCsv;
import com.followup.web.format.ItemWords;
import com.followup.web.format.ItemWordsDialect;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** An item list as CSV ({@link SpreadsheetCsv}), in the reader's words and language. */
@Component
class ItemListCsv {

    private final MessageSource messages;
    private final ItemWordsDialect itemWords;
    private final Clock clock;

    ItemListCsv(MessageSource messages, ItemWordsDialect itemWords, Clock clock) {
        this.messages = messages;
        this.itemWords = itemWords;
        this.clock = clock;
    }

    String of(List<ItemRow> rows, Locale locale) {
        SpreadsheetCsv csv = new SpreadsheetCsv();
        csv.row(h("item.list.csv.title", locale), h("item.list.csv.counterpart", locale), h("item.list.rule", locale),
                h("item.list.owner", locale), h("item.list.csv.status", locale), h("item.list.sort.NEXT_DUE", locale),
                h("item.list.sort.DEADLINE", locale), h("item.list.csv.amount", locale), h("item.list.csv.currency", locale));
        ItemWords words = itemWords.in(locale);
        for (ItemRow row : rows) {
            String status = row.status() == ItemStatus.CLOSED ? words.outcome(row.outcome(), row.purpose())
                    : h("status." + row.status(), locale);
            csv.row(words.title(row.title(), row.purpose()), row.counterpartName(), words.topic(row.ruleTopic(), row.rulePurpose()), row.ownerName(), status,
                    row.nextDueAt() == null ? null : row.nextDueAt().atZone(clock.getZone()).toLocalDate(),
                    row.deadlineLastDay(clock.getZone()),
                    row.amount() == null ? null : row.amount().amount(),
                    row.amount() == null ? null : row.amount().currency().getCurrencyCode());
        }
        return csv.toString();
    }

    private String h(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
