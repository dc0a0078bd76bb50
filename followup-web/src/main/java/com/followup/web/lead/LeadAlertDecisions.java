package com.followup.web.lead;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.area.Area;
import com.followup.domain.lead.Assignment;
import com.followup.domain.lead.BusinessHours;
import com.followup.domain.lead.CompanyHours;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadAlert;
import com.followup.domain.lead.LeadAlerts;
import com.followup.domain.lead.LeadSettings;
import com.followup.domain.lead.LeadSource;
import com.followup.domain.lead.Leads;
import com.followup.domain.notice.NoticeCandidates;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.domain.notice.Notification;
import com.followup.domain.notice.OutboxMessage;
import com.followup.web.format.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides the alerts about leads nobody has answered yet ({@link LeadAlert}), each once: the alert is claimed
 * (lead_alert) in the same transaction that writes its messages, so another instance, a second run or a restart finds
 * it taken. The messages go out through the outbox like every notice: by email when mail is set up and the person
 * gave an address, and always in their notifications.
 */
@Service
public class LeadAlertDecisions {

    private static final Logger log = LoggerFactory.getLogger(LeadAlertDecisions.class);
    /** Leads older than this that nobody answered are for the managers' board, not for alerts. */
    private static final Duration LOOK_BACK = Duration.ofDays(7);
    private static final int BATCH = 500;

    private final LeadAlerts alerts;
    private final Leads leads;
    private final LeadSettings settings;
    private final Notices notices;
    private final NoticeCandidates candidates;
    private final MessageSource messages;
    private final DateFormats dates;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    LeadAlertDecisions(LeadAlerts alerts, Leads leads, LeadSettings settings, Notices notices, NoticeCandidates candidates,
                       MessageSource messages, DateFormats dates, TransactionTemplate transactions, Clock clock,
                       @Value("${followup.base-url:http://localhost:8080}") String baseUrl) {
        this.alerts = alerts;
        this.leads = leads;
        this.settings = settings;
        this.notices = notices;
        this.candidates = candidates;
        this.messages = messages;
        this.dates = dates;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Every alert due now; the number decided by this call. */
    public int decide() {
        Instant now = clock.instant();
        CompanyHours company = settings.hours();
        BusinessHours hours = company.businessHours(clock.getZone());
        Map<Long, LeadSource> sources = leads.sources().stream().collect(Collectors.toMap(LeadSource::id, Function.identity()));
        int decided = 0;
        List<LeadAlert.Unanswered> page = alerts.unanswered(now.minus(LOOK_BACK), now, company.autoReassign(), 0, BATCH);
        while (!page.isEmpty()) {
            decided += decide(page, sources, company, hours, now);
            page = page.size() < BATCH ? List.of()
                    : alerts.unanswered(now.minus(LOOK_BACK), now, company.autoReassign(), page.get(page.size() - 1).leadId(), BATCH);
        }
        return decided;
    }

    private int decide(List<LeadAlert.Unanswered> page, Map<Long, LeadSource> sources, CompanyHours company,
                       BusinessHours hours, Instant now) {
        int decided = 0;
        for (LeadAlert.Unanswered lead : page) {
            LeadSource source = sources.get(lead.sourceId());
            Instant handOverAt = company.autoReassign() && source != null
                    ? hours.deadline(lead.arrivedAt(), source.allowed().multipliedBy(2)) : null;
            for (LeadAlert alert : LeadAlert.due(lead, now, handOverAt)) {
                try {
                    decided += transactions.execute(status -> decide(lead, alert, source, hours, now));
                } catch (ConcurrentChangeException e) {
                    log.debug("Lead {} changed while deciding {}; it is looked at again on the next run", lead.leadId(), alert);
                }
            }
        }
        return decided;
    }

    private int decide(LeadAlert.Unanswered lead, LeadAlert alert, LeadSource source, BusinessHours hours, Instant now) {
        if (!alerts.claim(lead.leadId(), alert, now)) {
            return 0;
        }
        switch (alert) {
            case ARRIVED -> tell(lead.ownerId(), OutboxMessage.Kind.LEAD_ARRIVED, lead, "", now);
            case HALFWAY -> tell(lead.ownerId(), OutboxMessage.Kind.LEAD_HALFWAY, lead, "", now);
            case BREACHED -> candidates.escalationRecipients(Area.SALES).forEach(manager ->
                    tell(manager, OutboxMessage.Kind.LEAD_BREACHED, lead, "#reassign", now));
            case HANDED_OVER -> handOver(lead, source, hours, now);
        }
        return 1;
    }

    /** At twice the deadline, when directors chose so: the next seller in turn takes the lead, and hears of it. */
    private void handOver(LeadAlert.Unanswered unanswered, LeadSource source, BusinessHours hours, Instant now) {
        Lead lead = leads.findById(unanswered.leadId()).orElseThrow();
        if (source == null || lead.firstTouchAt() != null || !lead.status().isOpen() || lead.ownerId() != unanswered.ownerId()) {
            return;
        }
        List<Long> people = new ArrayList<>(source.team());
        if (source.sellerId() != null) {
            people.add(source.sellerId());
        }
        Instant startOfDay = now.atZone(hours.zone()).toLocalDate().atStartOfDay(hours.zone()).toInstant();
        Optional<Long> next = Assignment.handOver(source, lead.ownerId(), leads.sellers(people, startOfDay), leads.areaManager());
        if (next.isEmpty()) {
            return;
        }
        lead.handOverUnanswered(next.get(), now);
        leads.save(lead);
        if (source.team().contains(next.get())) {
            leads.rememberTurn(source.id(), next.get());
        }
        tell(next.get(), OutboxMessage.Kind.LEAD_HANDED_OVER, unanswered, "", now);
    }

    private void tell(long recipient, OutboxMessage.Kind kind, LeadAlert.Unanswered lead, String anchor, Instant now) {
        NoticeSettings person = notices.settings(recipient).orElse(NoticeSettings.defaults(recipient));
        Locale locale = Locale.forLanguageTag(person.language());
        String words = "lead.alert." + kind.name();
        String respondBy = dates.in(locale).moment(lead.respondBy());
        String key = "lead:" + lead.leadId() + ":" + kind.name() + ":" + recipient;
        String body = messages.getMessage(words + ".body", new Object[] {lead.name(), respondBy}, locale) + "\n\n"
                + baseUrl + "/leads/" + lead.leadId() + anchor + "\n\n"
                + messages.getMessage("notice.footer", new Object[] {baseUrl + "/account/notifications"}, locale);
        OutboxMessage message = OutboxMessage.decide(kind, recipient, person.email(),
                messages.getMessage(words + ".subject", new Object[] {lead.name()}, locale), body, key, now);
        if (notices.enqueue(message)) {
            // a lead's notification carries the lead's id as its detail: the notifications page links to it
            notices.notify(Notification.of(recipient, kind, null, lead.name(), String.valueOf(lead.leadId()), key, now));
        }
    }
}
