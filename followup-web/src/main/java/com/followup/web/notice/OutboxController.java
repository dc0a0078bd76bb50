package com.followup.web.notice;

import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.notice.Notices;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** Directors read every message the app decided to send, and whether it went by mail or stayed here. */
@Controller
class OutboxController {

    private final Notices notices;
    private final UserAccounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    OutboxController(Notices notices, UserAccounts accounts, ObjectProvider<JavaMailSender> mail, Clock clock) {
        this.notices = notices;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
    }

    @GetMapping("/admin/outbox")
    String outbox(Model model) {
        Map<Long, String> names = accounts.findAllOrderedByName().stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        model.addAttribute("messages", notices.latestMessages(200));
        model.addAttribute("names", names);
        model.addAttribute("smtp", mail.getIfAvailable() != null);
        model.addAttribute("zone", clock.getZone());
        return "notice/outbox";
    }
}
