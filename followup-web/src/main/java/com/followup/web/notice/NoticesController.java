package com.followup.web.notice;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.domain.notice.Notification;
import com.followup.web.account.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Notifications in the app, a person's notice preferences with their calendar address, and the feed itself. */
@Controller
class NoticesController {

    private final Notices notices;
    private final CalendarFeed calendar;
    private final Clock clock;
    private final NoticeWriter writer;

    NoticesController(Notices notices, CalendarFeed calendar, Clock clock, NoticeWriter writer) {
        this.notices = notices;
        this.calendar = calendar;
        this.clock = clock;
        this.writer = writer;
    }

    /** Showing the list reads it: what was unread is marked new this once. */
    @GetMapping("/notifications")
    String notifications(@AuthenticationPrincipal SignedInUser me, Model model) {
        List<Notification> latest = notices.latestNotifications(me.id(), 100);
        model.addAttribute("notifications", latest);
        model.addAttribute("zone", clock.getZone());
        if (latest.stream().anyMatch(Notification::isUnread)) {
            notices.markAllRead(me.id(), clock.instant());
        }
        return "notice/notifications";
    }

    @GetMapping("/account/notifications")
    String settings(@AuthenticationPrincipal SignedInUser me, Locale locale, Model model) {
        model.addAttribute("form", NoticeSettingsFormData.of(
                notices.settings(me.id()).orElse(NoticeSettings.defaults(me.id(), locale.getLanguage()))));
        return settingsPage(me, model);
    }

    @PostMapping("/account/notifications")
    String save(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") NoticeSettingsFormData form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!form.getEmail().isBlank() && !NoticeSettings.isEmail(form.getEmail())) {
            errors.rejectValue("email", "item.form.email");
        } else if (form.isDigestEnabled() && form.getEmail().isBlank()) {
            errors.rejectValue("email", "notice.settings.emailForDigest");
        }
        if (!NoticeSettings.LANGUAGES.contains(form.getLanguage())) {
            errors.rejectValue("language", "notice.settings.language");
        }
        if (form.getDigestAt() == null && !errors.hasFieldErrors("digestAt")) {
            errors.rejectValue("digestAt", "item.form.required");
        }
        if (!errors.hasErrors()) {
            try {
                notices.save(new NoticeSettings(me.id(), form.getEmail(), form.isDigestEnabled(), form.getDigestAt(),
                        form.getLanguage(), form.getVersion()));
                redirect.addFlashAttribute("notice", "notice.settings.saved");
                return "redirect:/account/notifications";
            } catch (ConcurrentChangeException e) {
                errors.reject("notice.settings.changed");
                form.setVersion(current(me).version());
            }
        }
        return settingsPage(me, model);
    }

    /** A new private address; the old one stops working at once. The address is shown this once only. */
    @PostMapping("/account/calendar")
    String renewCalendar(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        String token = CalendarFeed.newToken();
        notices.renewCalendar(me.id(), CalendarFeed.hash(token), clock.instant());
        redirect.addFlashAttribute("calendarUrl", writer.calendarLink(token));
        redirect.addFlashAttribute("notice", "notice.calendar.renewed");
        return "redirect:/account/notifications#calendar";
    }

    @GetMapping(value = "/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return notices.calendarOwner(CalendarFeed.hash(token))
                .map(owner -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                        .body(calendar.of(owner, notices.settings(owner)
                                .orElse(NoticeSettings.defaults(owner)).language())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private NoticeSettings current(SignedInUser me) {
        return notices.settings(me.id()).orElse(NoticeSettings.defaults(me.id()));
    }

    private String settingsPage(SignedInUser me, Model model) {
        model.addAttribute("calendarRenewedAt", notices.calendarRenewedAt(me.id()).orElse(null));
        model.addAttribute("zone", clock.getZone());
        return "notice/settings";
    }
}
