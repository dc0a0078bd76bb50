package com.followup.web.item;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.item.ItemLists;
import com.followup.domain.item.ItemLists.ItemQuery;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Outcome;
import com.followup.web.account.SignedInUser;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.followup.domain.dashboard.AgeingBucket;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.FigureRows;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An area's items: a list to filter, sort and page, and for Sales the pipeline board. Managers see the whole
 * area by default, staff their own; anyone may widen or narrow the view within their areas.
 */
@Controller
@RequestMapping("/items")
class ItemListsController {

    static final int PAGE_SIZE = 50;
    static final int CARDS_PER_COLUMN = 25;
    static final int CSV_PAGE = 200;
    static final int CSV_ROWS = 10_000;

    private final ItemLists lists;
    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final ItemWork work;
    private final Clock clock;
    private final FigureRows figureRows;
    private final ItemListCsv csv;

    ItemListsController(ItemLists lists, FollowUpRules rules, UserAccounts accounts, ItemWork work, Clock clock,
                        FigureRows figureRows, ItemListCsv csv) {
        this.figureRows = figureRows;
        this.csv = csv;
        this.lists = lists;
        this.rules = rules;
        this.accounts = accounts;
        this.work = work;
        this.clock = clock;
    }

    /** What the filter form sends; "all" as owner means the whole area. */
    static class Filter {
        private Area area;
        private String owner;
        private Long rule;
        private String status = "OPEN";
        private ItemLists.Sort sort = ItemLists.Sort.DEADLINE;
        private int page;
        private FigureRows.CountedItems counted;
        private AgeingBucket age;
        private String stage;
        private String currency;
        private LocalDate from;
        private LocalDate to;

        public Area getArea() { return area; }
        public void setArea(Area area) { this.area = area; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public Long getRule() { return rule; }
        public void setRule(Long rule) { this.rule = rule; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public ItemLists.Sort getSort() { return sort; }
        public void setSort(ItemLists.Sort sort) { this.sort = sort == null ? ItemLists.Sort.DEADLINE : sort; }
        public int getPage() { return page; }
        public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
        public FigureRows.CountedItems getCounted() { return counted; }
        public void setCounted(FigureRows.CountedItems counted) { this.counted = counted; }
        public AgeingBucket getAge() { return age; }
        public void setAge(AgeingBucket age) { this.age = age; }
        public String getStage() { return stage; }
        public void setStage(String stage) { this.stage = stage; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }

        /** The days a figure's list counts, both included, written back so that links and the CSV keep them. */
        DateRange range(LocalDate today, ZoneId zone) {
            DateRange range = DateRange.chosenOrMonth(from, to, today, zone);
            from = range.from();
            to = range.last();
            return range;
        }

        Long ownerId(SignedInUser me, Area shown) {
            if (owner == null || owner.isBlank()) {
                return me.actor().canManage(shown) ? null : me.id();
            }
            if ("all".equals(owner)) {
                return null;
            }
            try {
                return Long.valueOf(owner);
            } catch (NumberFormatException e) {
                return me.id();
            }
        }

        Set<ItemStatus> statuses() {
            if ("ALL".equals(status)) {
                return EnumSet.allOf(ItemStatus.class);
            }
            try {
                return EnumSet.of(ItemStatus.valueOf(status));
            } catch (IllegalArgumentException | NullPointerException e) {
                status = "OPEN";
                return EnumSet.of(ItemStatus.OPEN);
            }
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") Filter filter, BindingResult unreadable,
                HtmxRequest htmx, HttpServletRequest request,
                Model model) {
        Area area = shownArea(me, filter.getArea());
        if (!me.actor().canSee(area)) {
            // marketing works in no area, so no area's items are theirs to list
            throw new AccessDeniedException(me.username() + " works in no area");
        }
        filter.setArea(area);
        Long ownerId = filter.ownerId(me, area);
        model.addAttribute("page", page(filter, area, ownerId, filter.getPage(), PAGE_SIZE));
        if (filter.getCounted() == FigureRows.CountedItems.COLLECTED) {
            // the money behind the amount collected, per currency, so the figure can be checked against its rows
            model.addAttribute("collected", figureRows.collected(area, ownerId,
                    filter.range(LocalDate.ofInstant(clock.instant(), clock.getZone()), clock.getZone())));
        } else if (filter.getCounted() != null && filter.getCounted().money() != FigureRows.ListedMoney.NONE) {
            // the same for a money figure: its rows' amounts (or balances), per currency
            model.addAttribute("listedMoney", figureRows.money(query(filter, area, ownerId, 0, 1), clock.instant()));
        }
        addChoices(me, area, ownerId, model);
        addBulk(me, area, request, model);
        return htmx.isHtmxRequest() ? "item/list :: results" : "item/list";
    }

    /** The list as CSV: the same filter, the first {@link #CSV_ROWS} rows. */
    @GetMapping("/export.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") Filter filter, BindingResult unreadable,
                               Locale locale) {
        Area area = shownArea(me, filter.getArea());
        if (!me.actor().canSee(area)) {
            throw new AccessDeniedException(me.username() + " works in no area");
        }
        filter.setArea(area);
        Long ownerId = filter.ownerId(me, area);
        List<ItemLists.ItemRow> rows = new ArrayList<>();
        for (int page = 0; rows.size() < CSV_ROWS; page++) {
            ItemLists.ItemPage found = page(filter, area, ownerId, page, CSV_PAGE);
            rows.addAll(found.rows());
            if (!found.hasNext() || found.page() != page) {
                break;
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("items-" + area.name().toLowerCase(Locale.ROOT) + ".csv").build().toString())
                .body(csv.of(rows, locale));
    }

    /** A figure's rows when the filter names one, otherwise the plain list. */
    private ItemLists.ItemPage page(Filter filter, Area area, Long ownerId, int page, int size) {
        if (filter.getCounted() == null) {
            return lists.search(new ItemQuery(area, ownerId, filter.getRule(), filter.statuses(), filter.getSort(), page, size));
        }
        ItemLists.ItemPage found = figureRows.items(query(filter, area, ownerId, page, size), clock.instant());
        return found.rows().isEmpty() && page > 0 ? page(filter, area, ownerId, 0, size) : found;
    }

    private FigureRows.ItemsQuery query(Filter filter, Area area, Long ownerId, int page, int size) {
        DateRange range = filter.range(LocalDate.ofInstant(clock.instant(), clock.getZone()), clock.getZone());
        return new FigureRows.ItemsQuery(area, ownerId, filter.getRule(), range, filter.getCounted(), filter.getAge(),
                filter.getStage(), filter.getCurrency(), page, size);
    }

    @GetMapping("/board")
    String board(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") Filter filter, BindingResult unreadable, HtmxRequest htmx,
                 Model model) {
        filter.setArea(Area.SALES);
        if (!me.actor().canSee(Area.SALES)) {
            throw new ItemNotFoundException(0);
        }
        List<FollowUpRule> salesRules = rules.findByArea(Area.SALES, false);
        FollowUpRule rule = salesRules.stream().filter(r -> r.id().equals(filter.getRule())).findFirst()
                .orElse(salesRules.stream().filter(r -> !r.stages().isEmpty()).findFirst()
                        .orElse(salesRules.isEmpty() ? null : salesRules.get(0)));
        Long ownerId = filter.ownerId(me, Area.SALES);
        addChoices(me, Area.SALES, ownerId, model);
        model.addAttribute("rule", rule);
        if (rule != null) {
            filter.setRule(rule.id());
            List<String> columns = new ArrayList<>(rule.stages());
            columns.add(ItemLists.Pipeline.POSTPONED);
            columns.add(Outcome.SOLD.name());
            columns.add(Outcome.ELIMINATED.name());
            model.addAttribute("columns", columns);
            model.addAttribute("pipeline", lists.pipeline(rule.id(), ownerId, CARDS_PER_COLUMN));
        }
        return htmx.isHtmxRequest() ? "item/board :: board" : "item/board";
    }

    /** A card moved to another stage from the board, by keyboard or pointer; the board is drawn again. */
    @PostMapping("/board/move")
    String move(@AuthenticationPrincipal SignedInUser me, @RequestParam long item, @RequestParam long version,
                @RequestParam String stage, @ModelAttribute("filter") Filter filter, BindingResult unreadable, HtmxRequest htmx, Model model) {
        if (unreadable.hasErrors()) {
            // a filter that cannot be read is a refused request: it changes nothing
            model.addAttribute("problem", "item.notPossible");
            return board(me, filter, unreadable, htmx, model);
        }
        try {
            work.moveToStage(item, version, stage, me);
            model.addAttribute("moved", item);
        } catch (ConcurrentChangeException e) {
            model.addAttribute("problem", "item.changed");
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("problem", "item.notPossible");
        }
        return board(me, filter, unreadable, htmx, model);
    }

    /** For managers of the area: what the ticked items can be changed to, and this very list to come back to. */
    private void addBulk(SignedInUser me, Area area, HttpServletRequest request, Model model) {
        model.addAttribute("canBulk", me.actor().canManage(area));
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("bulk")) {
            model.addAttribute("bulk", new BulkFormData());
        }
        String query = request.getQueryString();
        model.addAttribute("back", "/items" + (query == null ? "?area=" + area : "?" + query));
    }

    private void addChoices(SignedInUser me, Area area, Long ownerId, Model model) {
        List<UserAccount> people = accounts.findAllOrderedByName().stream()
                .filter(person -> person.worksIn(area)).toList();
        model.addAttribute("areas", EnumSet.allOf(Area.class).stream().filter(me.actor()::canSee).toList());
        model.addAttribute("people", people);
        model.addAttribute("ownerId", ownerId);
        List<FollowUpRule> areaRules = rules.findByArea(area, true);
        model.addAttribute("rules", areaRules);
        model.addAttribute("sorts", ItemLists.Sort.values());
        model.addAttribute("canOpen", areaRules.stream().anyMatch(me.actor()::canOpenUnder));
        model.addAttribute("canImport", me.actor().canManage(area));
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
    }

    private static Area shownArea(SignedInUser me, Area asked) {
        if (asked != null && me.actor().canSee(asked)) {
            return asked;
        }
        return me.defaultArea();
    }
}
