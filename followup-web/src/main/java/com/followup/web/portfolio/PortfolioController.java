package com.followup.web.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.area.Area;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.Health;
import com.followup.domain.portfolio.HealthOverride;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.portfolio.PortfolioLists.CustomerCard;
import com.followup.domain.portfolio.RfmGroup;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The customer portfolio. Directors and managers of Sales see every customer and may recompute the scores; Sales
 * staff see the customers they own (they are the account owners); other areas do not see it, since margins and the
 * cost of serving are the Sales area's business and receivables are already on Administration's board.
 */
@Controller
class PortfolioController {

    static final int PAGE_SIZE = 50;
    static final int CSV_ROWS = 100_000;
    static final int MONTHS_SHOWN = 24;

    private final PortfolioLists lists;
    private final SalesHistory sales;
    private final Customers customers;
    private final UserAccounts accounts;
    private final PortfolioRecompute recompute;
    private final PortfolioCsv csv;
    private final Clock clock;

    PortfolioController(PortfolioLists lists, SalesHistory sales, Customers customers, UserAccounts accounts,
                        PortfolioRecompute recompute, PortfolioCsv csv, Clock clock) {
        this.lists = lists;
        this.customers = customers;
        this.sales = sales;
        this.accounts = accounts;
        this.recompute = recompute;
        this.csv = csv;
        this.clock = clock;
    }

    @GetMapping("/portfolio")
    String list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") PortfolioFilter filter,
                BindingResult unreadable, HtmxRequest htmx, Model model) {
        Long owner = ownerSeen(me, filter);
        model.addAttribute("page", lists.search(filter.query(owner, PAGE_SIZE)));
        if (!htmx.isHtmxRequest()) {
            model.addAttribute("coverage", lists.coverage(owner));
            model.addAttribute("coverageOwner", owner);
        }
        model.addAttribute("isDirector", me.role() == com.followup.domain.account.Role.DIRECTOR);
        model.addAttribute("seesAll", seesAll(me));
        model.addAttribute("people", seesAll(me) ? accounts.findAllOrderedByName().stream()
                .filter(person -> person.worksIn(Area.SALES)).toList() : List.of());
        model.addAttribute("segments", Segment.values());
        model.addAttribute("groups", RfmGroup.values());
        model.addAttribute("channels", ServiceChannel.values());
        model.addAttribute("bands", Health.Band.values());
        model.addAttribute("sorts", PortfolioLists.Sort.values());
        return htmx.isHtmxRequest() ? "portfolio/list :: results" : "portfolio/list";
    }

    @GetMapping("/portfolio.csv")
    ResponseEntity<String> download(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") PortfolioFilter filter,
                                    BindingResult unreadable, Locale locale) {
        filter.setPage(0);
        PortfolioLists.CustomerPage page = lists.search(filter.query(ownerSeen(me, filter), CSV_ROWS));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("portfolio-" + java.time.LocalDate.now(clock) + ".csv").build().toString())
                .body(csv.customers(page.rows(), locale));
    }

    @GetMapping("/portfolio/{id}")
    String customer(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        CustomerCard card = lists.card(id).filter(found -> seesCustomer(me, found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        HealthOverrideFormData form = new HealthOverrideFormData();
        form.setVersion(card.customer().version());
        model.addAttribute("overrideForm", form);
        return customerPage(me, card, model);
    }

    /** A manager's health for the customer until a day, with the reason; the computed health shows again after it. */
    @PostMapping("/portfolio/{id}/health-override")
    String overrideHealth(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                          @ModelAttribute("overrideForm") HealthOverrideFormData form, BindingResult errors, Model model,
                          RedirectAttributes redirect) {
        if (!seesAll(me)) {
            throw new AccessDeniedException("only directors and managers of Sales override a customer's health");
        }
        CustomerCard card = lists.card(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FormErrors.hiddenFieldsTampered(errors, "version");
        if (form.getVersion() == null && !errors.hasGlobalErrors()) {
            errors.reject("form.tampered");
        }
        FormErrors.report(HealthOverride.validate(form.getScore(), form.getReason(), form.getUntil(), LocalDate.now(clock)),
                errors);
        if (!errors.hasErrors()) {
            try {
                customers.overrideHealth(id, form.getVersion(), new HealthOverride(Integer.parseInt(form.getScore().strip()),
                        form.getReason().strip(), form.getUntil(), me.id()), clock.instant());
                redirect.addFlashAttribute("notice", "portfolio.override.saved");
                return "redirect:/portfolio/" + id;
            } catch (ConcurrentChangeException e) {
                errors.reject("portfolio.override.changed");
            }
        }
        return customerPage(me, card, model);
    }

    private String customerPage(SignedInUser me, CustomerCard card, Model model) {
        long id = card.customer().id();
        YearMonth now = YearMonth.now(clock);
        model.addAttribute("card", card);
        model.addAttribute("history", lists.segmentHistory(id, MONTHS_SHOWN));
        List<SalesHistory.MonthSales> months = new ArrayList<>(sales.byMonth(id, now.minusMonths(MONTHS_SHOWN - 1), now));
        Collections.reverse(months);
        model.addAttribute("months", months);
        model.addAttribute("products", sales.products(id, 20));
        model.addAttribute("changes", lists.changes(id, 20));
        model.addAttribute("seesAll", seesAll(me));
        return "portfolio/customer";
    }

    @PostMapping("/portfolio/recompute")
    String recompute(@AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        if (!seesAll(me)) {
            throw new AccessDeniedException("only directors and managers of Sales recompute the portfolio");
        }
        recompute.recomputeAndFollowUp(me.username());
        redirect.addFlashAttribute("notice", "portfolio.recomputed");
        return "redirect:/portfolio";
    }

    static boolean seesAll(SignedInUser me) {
        return me.actor().canManage(Area.SALES);
    }

    /** Everyone who may see the portfolio sees it filtered as asked; staff only their own customers. */
    private static Long ownerSeen(SignedInUser me, PortfolioFilter filter) {
        if (!me.actor().canSee(Area.SALES)) {
            throw new AccessDeniedException("the portfolio is the Sales area's");
        }
        return seesAll(me) ? filter.getOwner() : Long.valueOf(me.id());
    }

    private static boolean seesCustomer(SignedInUser me, CustomerCard card) {
        if (!me.actor().canSee(Area.SALES)) {
            throw new AccessDeniedException("the portfolio is the Sales area's");
        }
        return seesAll(me) || card.customer().ownerId() == me.id();
    }
}
