package com.followup.web.notice;

import com.followup.domain.notice.Notices;
import com.followup.domain.notice.OutboxMessage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Properties;

/**
 * Sends what was decided. With SMTP configured each message goes out by mail with a Message-ID made from its
 * dedup key; without SMTP (the embedded default) it is kept in the outbox for directors to read. Messages are
 * claimed with SKIP LOCKED, so two instances never take the same one; one whose sending failed is tried again.
 */
@Service
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final Notices notices;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final Counter sentBySmtp;
    private final Counter keptInOutbox;
    private final Counter refused;

    OutboxSender(Notices notices, ObjectProvider<JavaMailSender> mail, TransactionTemplate transactions, Clock clock,
                 @Value("${followup.mail.from:followup@localhost}") String from, MeterRegistry metrics) {
        sentBySmtp = Counter.builder("followup.messages.sent").tag("via", "smtp").register(metrics);
        keptInOutbox = Counter.builder("followup.messages.sent").tag("via", "outbox").register(metrics);
        refused = Counter.builder("followup.messages.failed").description("Messages the mail server refused, tried again later")
                .register(metrics);
        this.notices = notices;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    int sendPending() {
        Integer sent = transactions.execute(status -> {
            int count = 0;
            JavaMailSender sender = mail.getIfAvailable();
            for (OutboxMessage message : notices.claimUnsent(BATCH)) {
                if (sender == null || message.toAddress() == null) {
                    notices.markSent(message.id(), clock.instant(), OutboxMessage.Via.OUTBOX);
                    keptInOutbox.increment();
                    count++;
                    continue;
                }
                try {
                    sender.send(mime(sender, message));
                    notices.markSent(message.id(), clock.instant(), OutboxMessage.Via.SMTP);
                    sentBySmtp.increment();
                    count++;
                } catch (RuntimeException | jakarta.mail.MessagingException e) {
                    log.warn("Could not send message {} ({}); it is tried again on the next run", message.id(),
                            e.getMessage());
                    notices.markFailed(message.id(), e.getMessage());
                    refused.increment();
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws jakarta.mail.MessagingException {
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", "<" + message.dedupKey().replaceAll("[^A-Za-z0-9.:-]", "_") + "@followup>");
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.toAddress());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        return mime;
    }
}
