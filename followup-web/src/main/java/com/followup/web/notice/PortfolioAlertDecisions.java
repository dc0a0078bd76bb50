package com.followup.web.notice;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.domain.notice.Notification;
import com.followup.domain.notice.OutboxMessage;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.portfolio.PortfolioLists.CustomerPage;
import com.followup.domain.portfolio.WeeklyAlert;
import com.followup.web.dashboard.PortfolioLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The portfolio's weekly alert to each active Sales manager ({@link WeeklyAlert}): read once for everyone (three
 * statements), then written once per manager and week by its dedup key, on this instance or any other.
 */
@Service
class PortfolioAlertDecisions {

    private final PortfolioLists lists;
    private final Notices notices;
    private final UserAccounts accounts;
    private final NoticeWriter writer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PortfolioAlertDecisions(PortfolioLists lists, Notices notices, UserAccounts accounts, NoticeWriter writer,
                            TransactionTemplate transactions, Clock clock) {
        this.lists = lists;
        this.notices = notices;
        this.accounts = accounts;
        this.writer = writer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** How many alerts were written now. */
    int weekly() {
        Instant now = clock.instant();
        if (!WeeklyAlert.due(now, clock.getZone())) {
            return 0;
        }
        List<UserAccount> managers = accounts.findAllOrderedByName().stream().filter(UserAccount::active)
                .filter(person -> person.role() == Role.MANAGER && person.worksIn(Area.SALES)).toList();
        if (managers.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<PortfolioLists.CustomerQuery> queries = WeeklyAlert.queries(today);
        WeeklyAlert alert = new WeeklyAlert(lists.search(queries.get(0)), lists.search(queries.get(1)),
                lists.search(queries.get(2)), queries.get(2).counted().month());
        if (alert.isEmpty()) {
            return 0;
        }
        int written = 0;
        for (UserAccount manager : managers) {
            NoticeSettings settings = notices.settings(manager.id()).orElse(NoticeSettings.defaults(manager.id()));
            String language = settings.language();
            String key = WeeklyAlert.key(manager.id(), now, clock.getZone());
            String counts = writer.text("notice.portfolio.counts", language, alert.lapsed().total(),
                    alert.uncovered().total(), alert.movedDown().total());
            OutboxMessage message = OutboxMessage.decide(OutboxMessage.Kind.PORTFOLIO_WEEKLY, manager.id(), settings.email(),
                    writer.text("notice.portfolio.subject", language, alert.lapsed().total() + alert.uncovered().total()
                            + alert.movedDown().total()), body(alert, language), key, now);
            Notification notification = Notification.of(manager.id(), OutboxMessage.Kind.PORTFOLIO_WEEKLY, null, null,
                    counts, key, now);
            written += transactions.execute(status -> {
                if (!notices.enqueue(message)) {
                    return 0;
                }
                notices.notify(notification);
                return 1;
            });
        }
        return written;
    }

    private String body(WeeklyAlert alert, String language) {
        StringBuilder body = new StringBuilder(writer.text("notice.portfolio.intro", language)).append("\n");
        part(body, "notice.portfolio.lapsed", alert.lapsed(), PortfolioLinks.lapsedAB(), language);
        part(body, "notice.portfolio.uncovered", alert.uncovered(), PortfolioLinks.uncoveredAB(), language);
        part(body, "notice.portfolio.movedDown", alert.movedDown(), PortfolioLinks.movedDown(alert.comparedMonth()),
                language);
        return body.append("\n").append(writer.text("notice.footer", language, writer.link("/account/notifications")))
                .toString();
    }

    private void part(StringBuilder body, String key, CustomerPage page, String list, String language) {
        if (page.total() == 0) {
            return;
        }
        body.append("\n").append(writer.text(key, language, page.total())).append("\n");
        for (PortfolioLists.CustomerRow row : page.rows()) {
            body.append("- ").append(row.name()).append(" (").append(row.segment()).append(", ")
                    .append(row.ownerName()).append(") ").append(writer.link("/portfolio/" + row.id())).append("\n");
        }
        body.append(writer.text("notice.portfolio.all", language)).append(" ").append(writer.link(list)).append("\n");
    }
}
