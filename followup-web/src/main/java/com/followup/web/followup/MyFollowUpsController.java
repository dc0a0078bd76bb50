package com.followup.web.followup;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.followup.DueBuckets;
import com.followup.domain.followup.DueFollowUps;
import com.followup.domain.item.Item;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import com.followup.web.format.DateFormats;
import com.followup.web.format.ItemWordsDialect;
import com.followup.web.item.BulkFormData;
import com.followup.web.item.ItemAccess;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxReswap;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The page people open every morning: what is overdue, due today, this week and later, checked off in place. */
@Controller
@RequestMapping("/my-follow-ups")
class MyFollowUpsController {

    /** Rows shown in each group; the rest are a link away, in the item list sorted by next follow-up. */
    static final int SHOWN_PER_GROUP = 10;

    private final DueFollowUps due;
    private final CheckingOff checkingOff;
    private final Rescheduling rescheduling;
    private final ItemAccess access;
    private final DrawnRows drawnRows;
    private final KeptDueWork keptWork;
    private final MessageSource messages;
    private final ItemWordsDialect itemWords;
    private final DateFormats dates;
    private final Clock clock;

    MyFollowUpsController(DueFollowUps due, CheckingOff checkingOff, Rescheduling rescheduling, ItemAccess access,
                          DrawnRows drawnRows, KeptDueWork keptWork, MessageSource messages, ItemWordsDialect itemWords,
                          DateFormats dates, Clock clock) {
        this.due = due;
        this.checkingOff = checkingOff;
        this.rescheduling = rescheduling;
        this.access = access;
        this.drawnRows = drawnRows;
        this.keptWork = keptWork;
        this.messages = messages;
        this.itemWords = itemWords;
        this.dates = dates;
        this.clock = clock;
    }

    /** Items found as a person types: enough to pick one, not a second list. */
    static final int FOUND_AT_MOST = 15;
    /** Longer words than anyone types to find an item. */
    static final int LONGEST_SEARCH = 100;

    @GetMapping
    String mine(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String q, HtmxRequest htmx,
                Model model) {
        model.addAttribute("form", new CheckOffFormData());
        model.addAttribute("reschedule", new RescheduleFormData());
        find(me, q, model);
        return show(me, htmx, model, !htmx.isHtmxRequest());
    }

    /** The person's open items matching what they typed so far, by title, counterpart or contact. */
    @GetMapping("/search")
    String search(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String q, Model model) {
        find(me, q, model);
        model.addAttribute("now", clock.instant());
        return "followup/mine :: found";
    }

    private void find(SignedInUser me, String q, Model model) {
        String words = q == null ? "" : q.replaceAll("\\p{Cntrl}", " ").strip();
        if (words.length() > LONGEST_SEARCH) {
            words = words.substring(0, LONGEST_SEARCH);
        }
        model.addAttribute("q", words);
        model.addAttribute("longestSearch", LONGEST_SEARCH);
        model.addAttribute("found", words.isEmpty() ? null : due.matching(me.id(), words, FOUND_AT_MOST));
    }

    /** The form that moves a row's follow-up to another day, fetched when it is opened. */
    @GetMapping("/{itemId}/reschedule")
    String rescheduleForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long itemId, Model model) {
        Item item = access.workable(itemId, me);
        model.addAttribute("reschedule", new RescheduleFormData());
        model.addAttribute("itemId", item.id());
        model.addAttribute("version", item.version());
        model.addAttribute("today", LocalDate.now(clock));
        return "followup/mine :: rescheduleForm";
    }

    /**
     * Moves a row's follow-up to tomorrow, next week or a chosen day, with the reason; the list is drawn again,
     * since the row changes group. A refused one draws the list with that form open, as typed.
     */
    @PostMapping("/{itemId}/reschedule")
    String reschedule(@AuthenticationPrincipal SignedInUser me, @PathVariable long itemId,
                      @ModelAttribute("reschedule") RescheduleFormData form, BindingResult errors, HtmxRequest htmx,
                      HtmxResponse htmxResponse, Model model) {
        FormErrors.hiddenFieldsTampered(errors, "version", "day");
        Item item = null;
        if (!errors.hasErrors()) {
            try {
                item = rescheduling.reschedule(itemId, form, errors, me);
            } catch (ConcurrentChangeException e) {
                errors.reject("item.changed");
            }
        }
        model.addAttribute("form", new CheckOffFormData());
        if (errors.hasErrors()) {
            model.addAttribute("failedRescheduleId", itemId);
            htmxResponse.setRetarget("#my-follow-ups");
            htmxResponse.setReswap(HtmxReswap.outerHtml());
            return show(me, htmx, model, false);
        }
        model.addAttribute("reschedule", new RescheduleFormData());
        model.addAttribute("movedItem", item);
        show(me, htmx, model, false);
        return htmx.isHtmxRequest() ? "followup/mine :: rescheduled" : "followup/mine";
    }

    /**
     * "Done, next as usual" from any row: one address for the whole list, the row named by its item and the version
     * it was drawn with ("id:version", as an item list's ticked rows), so that rows carry no address of their own
     * (MyFollowUpsWeightTest). The same person, item and version name the same check-off: a double click is recorded
     * once. A row that cannot be read was never drawn by the list.
     */
    @PostMapping
    String quickCheckOff(@AuthenticationPrincipal SignedInUser me, @RequestParam String item, HtmxRequest htmx,
                         HtmxResponse htmxResponse, Locale locale, Model model, HttpServletRequest request) {
        BulkFormData.Chosen row = BulkFormData.Chosen.read(item)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CheckOffFormData form = new CheckOffFormData();
        form.setQuick(true);
        form.setVersion(row.version());
        form.setRequestId(UUID.nameUUIDFromBytes(("quick/" + me.id() + "/" + row.id() + "/" + row.version())
                .getBytes(StandardCharsets.UTF_8)));
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        model.addAllAttributes(errors.getModel());
        return checkOff(me, row.id(), form, errors, htmx, htmxResponse, locale, model, request);
    }

    /**
     * With htmx, a row checked off is answered with that row alone, marked done, and the counts out of band, so a
     * check-off costs the same however long the list; a refused one draws the list again with the form as typed.
     */
    @PostMapping("/{itemId}")
    String checkOff(@AuthenticationPrincipal SignedInUser me, @PathVariable long itemId,
                    @ModelAttribute("form") CheckOffFormData form, BindingResult errors, HtmxRequest htmx,
                    HtmxResponse htmxResponse, Locale locale, Model model, HttpServletRequest request) {
        Item item = null;
        FormErrors.hiddenFieldsTampered(errors, "version", "requestId", "quick", "channel");
        if (!errors.hasErrors()) {
            try {
                item = checkingOff.checkOff(itemId, form, errors, me, locale);
            } catch (ConcurrentChangeException e) {
                errors.reject("item.changed");
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("failedItemId", itemId);
            htmxResponse.setRetarget("#my-follow-ups");
            htmxResponse.setReswap(HtmxReswap.outerHtml());
            return show(me, htmx, model, false);
        }
        model.addAttribute("form", new CheckOffFormData());
        model.addAttribute("doneItemId", itemId);
        if (!htmx.isHtmxRequest()) {
            return show(me, htmx, model, false);
        }
        // the rows' buttons carry no hx-target (they replace themselves): the answer names the row it replaces; its
        // counts are read as they are, since this request's own write changed the person's due work (one statement:
        // asking KeptDueWork would read the change number too, on the app's busiest write)
        htmxResponse.setRetarget("#item-" + itemId);
        htmxResponse.setReswap(HtmxReswap.outerHtml());
        model.addAttribute("checkedOff", CheckedOffAnswer.of(item, request.getContextPath() + "/items/" + itemId,
                due.countsByBucket(me.id(), buckets()), messages, itemWords.in(locale), dates.in(locale), locale).html());
        return "followup/mine :: done";
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

    /** {@code countsShown}: the navigation of a full page read the due work already, before anything changed. */
    private String show(SignedInUser me, HtmxRequest htmx, Model model, boolean countsShown) {
        KeptDueWork.Work work = countsShown && model.getAttribute("dueWork") instanceof KeptDueWork.Work known
                ? known : keptWork.current(me.id());
        DueBuckets buckets = buckets();
        Map<DueBuckets.Bucket, MyFollowUpRow.Grouping> grouping = new EnumMap<>(DueBuckets.Bucket.class);
        for (DueBuckets.Bucket bucket : DueBuckets.Bucket.values()) {
            grouping.put(bucket, new MyFollowUpRow.Grouping());
        }
        // a row whose form failed is drawn by the page, with its form as typed; every other one comes kept
        Object failed = model.getAttribute("failedItemId");
        Object failedMove = model.getAttribute("failedRescheduleId");
        Locale locale = LocaleContextHolder.getLocale();
        for (DueFollowUps.DueRow row : keptWork.firstOfEachBucket(work, buckets)) {
            DueBuckets.Bucket bucket = buckets.bucketOf(row.dueAt());
            var view = MyFollowUpRow.of(row, bucket == DueBuckets.Bucket.OVERDUE, buckets.now());
            if (Long.valueOf(row.itemId()).equals(failed) || Long.valueOf(row.itemId()).equals(failedMove)) {
                grouping.get(bucket).drawnHere(view);
            } else {
                grouping.get(bucket).kept(drawnRows.html(view, locale));
            }
        }
        Map<DueBuckets.Bucket, MyFollowUpRow.Group> groups = new EnumMap<>(DueBuckets.Bucket.class);
        grouping.forEach((bucket, rows) -> groups.put(bucket, rows.group()));
        DueFollowUps.BucketCounts counts = work.counts();
        model.addAttribute("dueCounts", counts);
        model.addAttribute("nothingDue", groups.values().stream().allMatch(MyFollowUpRow.Group::isEmpty));
        model.addAttribute("groups", groups);
        model.addAttribute("drawnGroups", drawnRows.groups(groups, counts, me, locale));
        model.addAttribute("now", buckets.now());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        return htmx.isHtmxRequest() ? "followup/mine :: list" : "followup/mine";
    }

    private DueBuckets buckets() {
        return new DueBuckets(clock.instant(), clock.getZone());
    }
}
