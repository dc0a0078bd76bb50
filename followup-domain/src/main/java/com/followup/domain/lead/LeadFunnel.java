package com.followup.domain.lead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The funnel New → Connected → Meeting booked → Qualified → Won, counting people, for each week the leads arrived
 * and for all of them. A person reached a step when their furthest step is that one or a later one; the drop-off at a
 * step is the people who reached it and went no further, by why they stopped.
 */
public record LeadFunnel(Week total, List<Week> weeks) {

    /** {@code week} null is the total. */
    public record Week(LocalDate week, Map<FunnelStep, Long> reached, Map<FunnelStep, Map<FunnelStep.Stop, Long>> stopped) {

        public long reached(FunnelStep step) {
            return reached.getOrDefault(step, 0L);
        }

        /** Reached the step but not the next one. */
        public long droppedAt(FunnelStep step) {
            FunnelStep next = step.next();
            return next == null ? 0 : reached(step) - reached(next);
        }

        /** Of those who reached the step, the share that reached the next one; null without anyone or at the end. */
        public Integer percentToNext(FunnelStep step) {
            FunnelStep next = step.next();
            long whole = reached(step);
            return next == null || whole == 0 ? null : (int) Math.round(100.0 * reached(next) / whole);
        }

        public Map<FunnelStep.Stop, Long> stoppedAt(FunnelStep step) {
            return stopped.getOrDefault(step, Map.of());
        }
    }

    public static LeadFunnel of(List<LeadFigures.FunnelCount> counts) {
        Map<LocalDate, List<LeadFigures.FunnelCount>> byWeek = new TreeMap<>();
        for (LeadFigures.FunnelCount count : counts) {
            byWeek.computeIfAbsent(count.week(), w -> new ArrayList<>()).add(count);
        }
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((week, rows) -> weeks.add(week(week, rows)));
        return new LeadFunnel(week(null, counts), List.copyOf(weeks));
    }

    private static Week week(LocalDate week, List<LeadFigures.FunnelCount> counts) {
        Map<FunnelStep, Long> reached = new EnumMap<>(FunnelStep.class);
        Map<FunnelStep, Map<FunnelStep.Stop, Long>> stopped = new EnumMap<>(FunnelStep.class);
        for (FunnelStep step : FunnelStep.values()) {
            reached.put(step, 0L);
        }
        for (LeadFigures.FunnelCount count : counts) {
            for (FunnelStep step : FunnelStep.values()) {
                if (count.step().reached(step)) {
                    reached.merge(step, count.people(), Long::sum);
                }
            }
            if (count.stop() != null) {
                stopped.computeIfAbsent(count.step(), s -> new EnumMap<>(FunnelStep.Stop.class))
                        .merge(count.stop(), count.people(), Long::sum);
            }
        }
        return new Week(week, reached, stopped);
    }
}
