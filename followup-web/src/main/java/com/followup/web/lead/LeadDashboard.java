package com.followup.web.lead;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.lead.LeadFigures;
import com.followup.domain.lead.LeadFunnel;
import com.followup.domain.lead.LeadStatus;
import com.followup.domain.lead.ResponseTimes;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lead dashboard's numbers for a period: how fast leads were answered (business time), the share answered within
 * the deadline by owner, source and week (the 13 weeks up to the period's end), the funnel by person and week, and
 * what became of each source's leads. Two statements, whatever the number of leads: the tables, and the funnel.
 */
@Component
class LeadDashboard {

    static final int TREND_WEEKS = 13;

    private final LeadFigures figures;
    private final Clock clock;

    LeadDashboard(LeadFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** One owner's answers: their response times and deadlines met and missed. */
    record Owner(long id, String name, ResponseTimes times, LeadFigures.DeadlineGroup deadlines) {
    }

    /** A week of the trend, with zeros when no lead came. */
    record Week(DateRange days, LeadFigures.DeadlineGroup deadlines) {
    }

    /** A source's leads by the status they are in now, and how many were won. */
    record Source(long id, String name, Map<LeadStatus, Long> byStatus, long won) {

        public long arrived() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        public long in(LeadStatus status) {
            return byStatus.getOrDefault(status, 0L);
        }
    }

    record View(DateRange range, ResponseTimes times, List<Owner> owners, List<LeadFigures.DeadlineGroup> sources,
                LeadFigures.DeadlineGroup all, List<Week> weeks, LeadFunnel funnel, List<Source> outcomes) {
    }

    View of(DateRange range) {
        Instant now = clock.instant();
        LeadFigures.Scope scope = new LeadFigures.Scope(range.start(), range.end(), range.zone(), null, null);
        List<DateRange> trend = DateRange.weeksUpTo(range.last(), TREND_WEEKS, range.zone());
        LeadFigures.Scope trendScope = new LeadFigures.Scope(trend.get(0).start(), trend.get(trend.size() - 1).end(),
                range.zone(), null, null);
        LeadFigures.Summary summary = figures.summary(scope, trendScope, now);
        List<LeadFigures.Answered> answered = summary.answered();
        Map<Long, List<Duration>> byOwner = answered.stream().collect(Collectors.groupingBy(LeadFigures.Answered::ownerId,
                Collectors.mapping(LeadFigures.Answered::firstResponse, Collectors.toList())));
        ResponseTimes times = ResponseTimes.of(byOwner.values().stream().flatMap(List::stream).toList());

        Map<Long, String> names = new LinkedHashMap<>();
        answered.forEach(a -> names.putIfAbsent(a.ownerId(), a.ownerName()));
        Map<Long, LeadFigures.DeadlineGroup> deadlinesByOwner = summary.owners().stream()
                .collect(Collectors.toMap(LeadFigures.DeadlineGroup::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        deadlinesByOwner.values().forEach(g -> names.putIfAbsent(g.id(), g.name()));
        List<Owner> owners = names.entrySet().stream()
                .map(e -> new Owner(e.getKey(), e.getValue(), ResponseTimes.of(byOwner.getOrDefault(e.getKey(), List.of())),
                        deadlinesByOwner.getOrDefault(e.getKey(), new LeadFigures.DeadlineGroup(e.getKey(), e.getValue(), null, 0, 0))))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();

        List<LeadFigures.DeadlineGroup> sources = summary.sources();
        LeadFigures.DeadlineGroup all = new LeadFigures.DeadlineGroup(null, null, null,
                sources.stream().mapToLong(LeadFigures.DeadlineGroup::met).sum(),
                sources.stream().mapToLong(LeadFigures.DeadlineGroup::missed).sum());

        Map<LocalDate, LeadFigures.DeadlineGroup> byWeek = summary.weeks().stream()
                .collect(Collectors.toMap(LeadFigures.DeadlineGroup::week, Function.identity()));
        List<Week> weeks = trend.stream().map(days -> new Week(days,
                byWeek.getOrDefault(days.from(), new LeadFigures.DeadlineGroup(null, null, days.from(), 0, 0)))).toList();

        Map<Long, Source> outcomes = new LinkedHashMap<>();
        for (LeadFigures.SourceOutcome row : summary.outcomes()) {
            Source source = outcomes.computeIfAbsent(row.sourceId(),
                    id -> new Source(id, row.sourceName(), new EnumMap<>(LeadStatus.class), 0));
            source.byStatus().put(row.status(), row.leads());
            outcomes.put(row.sourceId(), new Source(source.id(), source.name(), source.byStatus(), source.won() + row.won()));
        }
        return new View(range, times, owners, sources, all, weeks, LeadFunnel.of(figures.funnel(scope, now)),
                new ArrayList<>(outcomes.values()));
    }
}
