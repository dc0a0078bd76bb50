package com.followup.web.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.DateRange;
import com.followup.web.account.SignedInUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Area dashboards for managers and directors, the directors' overview of the three areas, and "my numbers" for
 * everyone. The filter redraws the panels with htmx; every table also comes as CSV. A filter date that cannot be read
 * is a message beside its field (the page shows the default period), never an error page.
 */
@Controller
class DashboardController {

    private final Dashboards dashboards;
    private final DashboardCharts charts;
    private final DashboardCsv csv;
    private final Clock clock;

    DashboardController(Dashboards dashboards, DashboardCharts charts, DashboardCsv csv, Clock clock) {
        this.dashboards = dashboards;
        this.charts = charts;
        this.csv = csv;
        this.clock = clock;
    }

    /** Directors get the overview; a manager their first area; staff their own numbers. */
    @GetMapping("/dashboards")
    String overview(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") DashboardFilter filter,
                    BindingResult unreadable, HtmxRequest htmx, Model model) {
        if (!me.isDirector()) {
            Area first = EnumSet.allOf(Area.class).stream().filter(me.actor()::canManage).findFirst().orElse(null);
            return first == null ? "redirect:/my-numbers" : "redirect:/dashboards/" + first.name().toLowerCase(Locale.ROOT);
        }
        DateRange range = filter.range(today(), clock.getZone());
        List<AreaDashboard> areas = dashboards.overview(range).stream()
                .sorted(Comparator.comparing(DashboardController::worstFirst)).toList();
        model.addAttribute("areas", areas);
        model.addAttribute("range", range);
        model.addAttribute("links", areas.stream().collect(Collectors.toMap(AreaDashboard::area,
                a -> new FigureLinks(a.area(), range, null))));
        return htmx.isHtmxRequest() ? "dashboard/overview :: panels" : "dashboard/overview";
    }

    @GetMapping("/dashboards/{area}")
    String area(@AuthenticationPrincipal SignedInUser me, @PathVariable String area,
                @ModelAttribute("filter") DashboardFilter filter, BindingResult unreadable, HtmxRequest htmx, Locale locale,
                Model model) {
        Area shown = area(area);
        if (!me.actor().canManage(shown)) {
            throw new AccessDeniedException("only managers of " + shown + " and directors see its dashboard");
        }
        model.addAttribute("mine", false);
        model.addAttribute("managedAreas", EnumSet.allOf(Area.class).stream().filter(me.actor()::canManage).toList());
        return show(shown, filter, filter.getPerson(), "/dashboards/" + area, htmx, locale, model);
    }

    /** "Who is behind" in full: everyone of the area, worst first, for the dashboard's period (it shows the worst ten). */
    @GetMapping("/dashboards/{area}/people")
    String people(@AuthenticationPrincipal SignedInUser me, @PathVariable String area,
                  @ModelAttribute("filter") DashboardFilter filter, BindingResult unreadable, Model model) {
        Area shown = area(area);
        if (!me.actor().canManage(shown)) {
            throw new AccessDeniedException("only managers of " + shown + " and directors see who is behind in it");
        }
        DateRange range = filter.range(today(), clock.getZone());
        model.addAttribute("area", shown);
        model.addAttribute("range", range);
        model.addAttribute("people", dashboards.people(shown, range));
        model.addAttribute("links", new FigureLinks(shown, range, null));
        model.addAttribute("now", clock.instant());
        return "dashboard/people";
    }

    /** Anyone's own numbers in one of their areas; nobody else's. */
    @GetMapping("/my-numbers")
    String mine(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") DashboardFilter filter,
                BindingResult unreadable, @RequestParam(required = false) Area area, HtmxRequest htmx,
                Locale locale, Model model) {
        Area shown = area != null && me.actor().canSee(area) ? area
                : me.defaultArea();
        filter.setPerson(me.id());
        model.addAttribute("mine", true);
        model.addAttribute("myAreas", EnumSet.allOf(Area.class).stream().filter(me.actor()::canSee).toList());
        return show(shown, filter, me.id(), "/my-numbers", htmx, locale, model);
    }

    @GetMapping("/dashboards/{area}/{table}.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal SignedInUser me, @PathVariable String area,
                               @PathVariable String table, @ModelAttribute("filter") DashboardFilter filter,
                               BindingResult unreadable, Locale locale) {
        Area shown = area(area);
        Long person = filter.getPerson();
        if (!me.actor().canManage(shown)) {
            if (!me.actor().canSee(shown)) {
                throw new AccessDeniedException("not an area of " + me.username());
            }
            person = me.id();
        }
        AreaDashboard dashboard = dashboards.area(shown, filter.range(today(), clock.getZone()), person);
        String body = csv.table(table, dashboard, person != null && !me.actor().canManage(shown), locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(shown.name().toLowerCase(Locale.ROOT) + "-" + table + "-" + dashboard.range().from() + ".csv")
                        .build().toString())
                .body(body);
    }

    private String show(Area area, DashboardFilter filter, Long person, String path, HtmxRequest htmx, Locale locale,
                        Model model) {
        AreaDashboard dashboard = dashboards.area(area, filter.range(today(), clock.getZone()), person);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("links", new FigureLinks(area, dashboard.range(), person));
        model.addAttribute("charts", charts.of(dashboard, locale));
        model.addAttribute("path", path);
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", clock.getZone());
        return htmx.isHtmxRequest() ? "dashboard/area :: panels" : "dashboard/area";
    }

    private static Area area(String path) {
        try {
            return Area.valueOf(path.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** Areas without data come last; otherwise the lowest on-time rate first. */
    private static int worstFirst(AreaDashboard area) {
        return area.compliance().onTimeRate().percent().orElse(1000);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
