package com.followup.web.followup;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.item.Channel;
import com.followup.domain.item.DueBuckets;
import com.followup.domain.item.DueFollowUps;
import com.followup.domain.item.Item;
import com.followup.web.account.SignedInUser;
import com.followup.web.item.CheckOffFormData;
import com.followup.web.item.CheckingOff;
import com.followup.web.item.ItemAccess;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The page people open every morning: what is overdue, due today, this week and later, checked off in place. */
@Controller
@RequestMapping("/my-follow-ups")
class MyFollowUpsController {

    private static final Instant EVERYTHING = Instant.parse("9999-01-01T00:00:00Z");

    private final DueFollowUps due;
    private final CheckingOff checkingOff;
    private final ItemAccess access;
    private final Clock clock;

    MyFollowUpsController(DueFollowUps due, CheckingOff checkingOff, ItemAccess access, Clock clock) {
        this.due = due;
        this.checkingOff = checkingOff;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String mine(@AuthenticationPrincipal SignedInUser me, HtmxRequest htmx, Model model) {
        model.addAttribute("form", new CheckOffFormData());
        return show(me, htmx, model);
    }

    @PostMapping("/{itemId}")
    String checkOff(@AuthenticationPrincipal SignedInUser me, @PathVariable long itemId,
                    @ModelAttribute("form") CheckOffFormData form, BindingResult errors, HtmxRequest htmx, Locale locale,
                    Model model) {
        if (!errors.hasErrors()) {
            try {
                checkingOff.checkOff(itemId, form, errors, me, locale);
            } catch (ConcurrentChangeException e) {
                errors.reject("item.changed");
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("failedItemId", itemId);
        } else {
            model.addAttribute("form", new CheckOffFormData());
            model.addAttribute("doneItemId", itemId);
        }
        return show(me, htmx, model);
    }

    /** The check-off form of one row, fetched when the row is opened. */
    @GetMapping("/{itemId}/form")
    String form(@AuthenticationPrincipal SignedInUser me, @PathVariable long itemId, Model model) {
        Item item = access.workable(itemId, me);
        model.addAttribute("form", new CheckOffFormData());
        model.addAttribute("itemId", item.id());
        model.addAttribute("version", item.version());
        return "followup/mine :: checkOffForm";
    }

    private String show(SignedInUser me, HtmxRequest htmx, Model model) {
        DueBuckets buckets = new DueBuckets(clock.instant(), clock.getZone());
        Map<DueBuckets.Bucket, List<DueFollowUps.DueRow>> groups = new EnumMap<>(DueBuckets.Bucket.class);
        for (DueBuckets.Bucket bucket : DueBuckets.Bucket.values()) {
            groups.put(bucket, new ArrayList<>());
        }
        List<DueFollowUps.DueRow> rows = due.dueBefore(me.id(), EVERYTHING);
        for (DueFollowUps.DueRow row : rows) {
            groups.get(buckets.bucketOf(row.dueAt())).add(row);
        }
        model.addAttribute("nothingDue", rows.isEmpty());
        model.addAttribute("dueCounts", due.countsByBucket(me.id(), buckets));
        model.addAttribute("groups", groups);
        model.addAttribute("now", buckets.now());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("channels", Channel.values());
        return htmx.isHtmxRequest() ? "followup/mine :: list" : "followup/mine";
    }
}
