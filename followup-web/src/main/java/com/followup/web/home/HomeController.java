package com.followup.web.home;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.Compliance;
import com.followup.domain.dashboard.DateRange;
import com.followup.web.account.SignedInUser;
import com.followup.web.dashboard.FigureLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** The first page after signing in; a director's shows each area's headline numbers of the month. */
@Controller
class HomeController {

    /** One area's month on the director's home: its follow-ups that fell due, and where their rows are. */
    record AreaHeadline(Area area, Compliance compliance, FigureLinks links) {
    }

    private final AreaMeasures measures;
    private final Currency currency;
    private final Clock clock;

    HomeController(AreaMeasures measures, @Value("${followup.default-currency:MXN}") String currency, Clock clock) {
        this.measures = measures;
        this.currency = Currency.getInstance(currency);
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser me, Model model) {
        if (me != null && me.isDirector()) {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            DateRange month = DateRange.monthToDate(today, clock.getZone());
            List<AreaHeadline> headlines = new ArrayList<>();
            for (Area area : Area.values()) {
                Compliance compliance = measures.figures(new AreaMeasures.Scope(area, null, currency), List.of(month),
                        Set.of(), false, now, today).ranges().get(0).compliance();
                headlines.add(new AreaHeadline(area, compliance, new FigureLinks(area, month, null)));
            }
            model.addAttribute("headlines", headlines);
        }
        return "home/home";
    }
}
