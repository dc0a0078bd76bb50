package com.followup.domain.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How fast leads were first answered, in business time (nights and weekends left out): the median and the 90th
 * percentile of the leads answered. A percentile is the nearest rank: the smallest time that at least that share of
 * the answered leads took no longer than (of 10 leads, the 5th fastest for the median and the 9th for the 90th), so
 * it is always a time some lead really took. With no lead answered there is no data.
 */
public record ResponseTimes(int answered, Optional<Duration> median, Optional<Duration> ninetieth) {

    /** How long one lead waited for its first touch, counted on the company's working hours. */
    public static Duration firstResponse(Instant arrivedAt, Instant firstTouchAt, BusinessHours hours) {
        return hours.between(arrivedAt, firstTouchAt);
    }

    public static ResponseTimes of(List<Duration> times) {
        List<Duration> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return new ResponseTimes(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
    }

    /** The nearest rank: the ceil(p% of n)-th fastest, counted from 1. */
    static Optional<Duration> percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(percent * sorted.size() / 100.0);
        return Optional.of(sorted.get(Math.max(rank, 1) - 1));
    }

    /** The median in whole minutes, rounded up so that a few seconds never read as zero; empty without data. */
    public Optional<Long> medianMinutes() {
        return median.map(ResponseTimes::minutesUp);
    }

    public Optional<Long> ninetiethMinutes() {
        return ninetieth.map(ResponseTimes::minutesUp);
    }

    static long minutesUp(Duration duration) {
        long seconds = duration.toSeconds();
        return (seconds + 59) / 60;
    }
}
