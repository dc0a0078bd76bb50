package com.followup.web.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.SalesRunningTotal;
import com.followup.web.account.SignedInUser;
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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The Sales running total of the month: a panel the Sales dashboard and My numbers fetch when they are shown (htmx),
 * a page of its own without script, and its table as CSV. Managers of Sales and directors see anyone's; Sales staff
 * their own.
 */
@Controller
class SalesRunningTotalController {

    private final SalesRunningTotals totals;
    private final DashboardCharts charts;
    private final DashboardCsv csv;
    private final Clock clock;

    SalesRunningTotalController(SalesRunningTotals totals, DashboardCharts charts, DashboardCsv csv, Clock clock) {
        this.totals = totals;
        this.charts = charts;
        this.csv = csv;
        this.clock = clock;
    }

    @GetMapping("/dashboards/sales/running-total")
    String show(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") DashboardFilter filter,
                BindingResult unreadable, HtmxRequest htmx, Locale locale, Model model) {
        Long person = person(me, filter);
        SalesRunningTotal total = totals.of(range(filter), person);
        model.addAttribute("total", total);
        model.addAttribute("links", new FigureLinks(Area.SALES, total.month(), person));
        model.addAttribute("charts", charts.of(total, locale));
        return htmx.isHtmxRequest() ? "dashboard/running-total :: panel" : "dashboard/running-total";
    }

    @GetMapping("/dashboards/sales/running-total.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") DashboardFilter filter,
                               BindingResult unreadable, Locale locale) {
        SalesRunningTotal total = totals.of(range(filter), person(me, filter));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sales-running-total-" + total.month().from() + ".csv").build().toString())
                .body(csv.runningTotal(total, locale));
    }

    /** Whose sales: anyone's (null for all) for those who manage Sales, else the reader's own. */
    private static Long person(SignedInUser me, DashboardFilter filter) {
        if (me.actor().canManage(Area.SALES)) {
            return filter.getPerson();
        }
        if (!me.actor().canSee(Area.SALES)) {
            throw new AccessDeniedException("not an area of " + me.username());
        }
        filter.setPerson(me.id());
        return me.id();
    }

    private DateRange range(DashboardFilter filter) {
        return filter.range(LocalDate.ofInstant(clock.instant(), clock.getZone()), clock.getZone());
    }
}
