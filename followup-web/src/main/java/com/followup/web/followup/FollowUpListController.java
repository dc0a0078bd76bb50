package com.followup.web.followup;

import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.FigureRows;
import com.followup.domain.dashboard.FigureRows.FollowUpPage;
import com.followup.domain.dashboard.FigureRows.FollowUpRow;
import com.followup.domain.rule.FollowUpRules;
import com.followup.web.account.SignedInUser;
import com.followup.web.csv.SpreadsheetCsv;
import com.followup.web.format.ItemWords;
import com.followup.web.format.ItemWordsDialect;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

/**
 * The follow-ups behind the dashboards' figures: those that fell due in a period, on time, late or still overdue, or
 * those done in it, with who did them and when; paged in the database, and as CSV.
 */
@Controller
class FollowUpListController {

    static final int PAGE_SIZE = 50;
    static final int CSV_ROWS = 10_000;

    private final FigureRows figureRows;
    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final MessageSource messages;
    private final ItemWordsDialect itemWords;
    private final Clock clock;

    FollowUpListController(FigureRows figureRows, FollowUpRules rules, UserAccounts accounts, MessageSource messages,
                           ItemWordsDialect itemWords, Clock clock) {
        this.figureRows = figureRows;
        this.rules = rules;
        this.accounts = accounts;
        this.messages = messages;
        this.itemWords = itemWords;
        this.clock = clock;
    }

    @GetMapping("/follow-ups")
    String list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") FollowUpListFilter filter,
                BindingResult unreadable, HtmxRequest htmx, Model model) {
        model.addAttribute("page", page(me, filter, filter.getPage(), PAGE_SIZE));
        Area area = filter.getArea();
        model.addAttribute("areas", EnumSet.allOf(Area.class).stream().filter(me.actor()::canSee).toList());
        model.addAttribute("people", me.actor().canManage(area) ? accounts.findAllOrderedByName().stream()
                .filter(person -> person.worksIn(area)).toList() : null);
        model.addAttribute("rules", rules.findByArea(area, true));
        model.addAttribute("zone", clock.getZone());
        return htmx.isHtmxRequest() ? "followup/list :: results" : "followup/list";
    }

    @GetMapping("/follow-ups/export.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") FollowUpListFilter filter,
                               BindingResult unreadable, Locale locale) {
        FollowUpPage page = page(me, filter, 0, CSV_ROWS);
        SpreadsheetCsv csv = new SpreadsheetCsv();
        csv.row(h("followUps.item", locale), h("item.rule", locale), h("followUps.who", locale),
                h("followUps.due", locale), h("followUps.done", locale), h("followUps.channel", locale),
                h("followUps.state", locale));
        ItemWords words = itemWords.in(locale);
        for (FollowUpRow row : page.rows()) {
            csv.row(words.title(row.itemTitle(), row.itemPurpose()), words.topic(row.ruleTopic(), row.rulePurpose()), row.personName(), local(row.dueAt()), local(row.doneAt()),
                    row.channel() == null ? null : h("channel." + row.channel(), locale),
                    h("followUps.state." + row.state(), locale));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("follow-ups-" + filter.getArea().name().toLowerCase(Locale.ROOT) + "-" + filter.getFrom()
                                + ".csv").build().toString())
                .body(csv.toString());
    }

    private FollowUpPage page(SignedInUser me, FollowUpListFilter filter, int page, int size) {
        Area area = filter.shownArea(me);
        if (!me.actor().canSee(area)) {
            // marketing works in no area, so no area's follow-ups are theirs to list
            throw new AccessDeniedException(me.username() + " works in no area");
        }
        Long person = filter.personId(me);
        DateRange range = filter.range(LocalDate.ofInstant(clock.instant(), clock.getZone()), clock.getZone());
        FollowUpPage found = figureRows.followUps(new FigureRows.FollowUpsQuery(area, person, filter.getRule(), filter.getKpi(), range,
                filter.getCounted(), page, size), clock.instant());
        if (found.rows().isEmpty() && page > 0) {
            filter.setPage(0);
            return page(me, filter, 0, size);
        }
        return found;
    }

    private String local(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(clock.getZone()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    private String h(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
