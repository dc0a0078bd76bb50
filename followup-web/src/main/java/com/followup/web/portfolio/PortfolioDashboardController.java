package com.followup.web.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.portfolio.MarketSizes;
import com.followup.domain.portfolio.PortfolioDashboards;
import com.followup.web.account.SignedInUser;
import com.followup.web.dashboard.DashboardFilter;
import com.followup.web.dashboard.PortfolioLinks;
import com.followup.web.form.FormErrors;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The portfolio dashboard for directors and managers of Sales: segments, retention and churn, coverage, channels,
 * market share and movement, each figure a link to its customers and each table a CSV. Directors enter the markets'
 * sizes. The period is chosen as on the other dashboards; last quarter unless chosen, since a month is short for
 * customers who buy every few weeks.
 */
@Controller
class PortfolioDashboardController {

    private final PortfolioDashboard.Reading reading;
    private final PortfolioDashboardCsv csv;
    private final PortfolioDashboards dashboards;
    private final Clock clock;

    PortfolioDashboardController(PortfolioDashboard.Reading reading, PortfolioDashboardCsv csv,
                                 PortfolioDashboards dashboards, Clock clock) {
        this.reading = reading;
        this.csv = csv;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @ModelAttribute("filter")
    DashboardFilter filter() {
        DashboardFilter filter = new DashboardFilter();
        filter.setPeriod(DashboardFilter.Period.LAST_QUARTER);
        return filter;
    }

    @GetMapping("/portfolio/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") DashboardFilter filter,
                     BindingResult unreadable, HtmxRequest htmx, Model model) {
        requireManager(me);
        PortfolioDashboard dashboard = reading.of(period(filter));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("links", new PortfolioLinks(dashboard.period()));
        model.addAttribute("isDirector", me.role() == Role.DIRECTOR);
        return htmx.isHtmxRequest() ? "portfolio/dashboard :: panels" : "portfolio/dashboard";
    }

    @GetMapping("/portfolio/dashboard/{table}.csv")
    ResponseEntity<String> download(@AuthenticationPrincipal SignedInUser me, @PathVariable String table,
                                    @ModelAttribute("filter") DashboardFilter filter, BindingResult unreadable,
                                    Locale locale) {
        requireManager(me);
        if (!PortfolioDashboardCsv.TABLES.contains(table)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        PortfolioDashboard dashboard = reading.of(period(filter));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("portfolio-" + table + "-" + dashboard.period().from() + ".csv").build().toString())
                .body(csv.table(table, dashboard, locale));
    }

    @GetMapping("/portfolio/market")
    String market(@AuthenticationPrincipal SignedInUser me, Model model) {
        requireDirector(me);
        model.addAttribute("form", MarketSizesFormData.of(dashboards.marketSizes()));
        return "portfolio/market";
    }

    @PostMapping("/portfolio/market")
    String saveMarket(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") MarketSizesFormData form,
                      BindingResult errors, RedirectAttributes redirect) {
        requireDirector(me);
        FormErrors.hiddenFieldsTampered(errors, "version");
        if (form.getVersion() == null && !errors.hasGlobalErrors()) {
            errors.reject("form.tampered");
        }
        FormErrors.report(MarketSizes.validate(form.typed()), errors);
        if (!errors.hasErrors()) {
            try {
                dashboards.save(MarketSizes.from(form.typed(), form.getVersion()));
                redirect.addFlashAttribute("notice", "portfolio.market.saved");
                return "redirect:/portfolio/dashboard";
            } catch (ConcurrentChangeException e) {
                errors.reject("portfolio.market.changed");
            }
        }
        return "portfolio/market";
    }

    private DateRange period(DashboardFilter filter) {
        return filter.range(LocalDate.now(clock), clock.getZone());
    }

    private static void requireManager(SignedInUser me) {
        if (!PortfolioController.seesAll(me)) {
            throw new AccessDeniedException("directors and managers of Sales read the portfolio dashboard");
        }
    }

    private static void requireDirector(SignedInUser me) {
        if (me.role() != Role.DIRECTOR) {
            throw new AccessDeniedException("directors enter the markets' sizes");
        }
    }
}
