package com.followup.benchmark;

import com.followup.benchmark.DataGenerator.Area;
import com.followup.domain.rule.Frequency;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

/**
 * One generated item and its follow-ups. Older items are mostly closed; recent ones mostly open, some overdue,
 * some due today. Follow-ups spread evenly from the start to the close (or now), 85 % done by their due day.
 */
final class ItemPlan {

    private static final String[] STAGES = {"First meeting", "Proposal", "Negotiation"};
    private static final String[] CHANNELS = {"CALL", "CALL", "EMAIL", "MEETING", "MESSAGE", "VISIT"};
    private static final Duration QUARTER = Duration.ofDays(90);

    private final int number;
    private final Area area;
    private final long rule;
    private final Frequency frequency;
    private final long owner;
    private final Instant startedAt;
    private final Instant now;
    private final ZoneId zone;
    private final long seed;
    private int followUps;
    private final String status;
    private final Instant closedAt;
    private final Instant nextDueAt;
    private final String outcome;
    private final long amount;
    private final int stage;
    private final LocalDate promised;
    private final boolean[] flags = new boolean[3];

    ItemPlan(int number, Area area, long rule, Frequency frequency, long owner, Instant startedAt, int followUps,
             Instant now, ZoneId zone, Random random) {
        this.number = number;
        this.area = area;
        this.rule = rule;
        this.frequency = frequency;
        this.owner = owner;
        this.startedAt = startedAt;
        this.followUps = followUps;
        this.now = now;
        this.zone = zone;
        this.seed = random.nextLong();
        boolean old = Duration.between(startedAt, now).compareTo(QUARTER) > 0;
        double draw = random.nextDouble();
        status = old ? (draw < 0.93 ? "CLOSED" : draw < 0.95 ? "POSTPONED" : "OPEN")
                : (draw < 0.40 ? "CLOSED" : draw < 0.45 ? "POSTPONED" : "OPEN");
        long age = Math.max(3600, Duration.between(startedAt, now).getSeconds());
        closedAt = status.equals("CLOSED") ? startedAt.plusSeconds(1800 + (long) (random.nextDouble()
                * Math.min(age - 1800, Duration.ofDays(60).getSeconds()))) : null;
        nextDueAt = switch (status) {
            case "OPEN" -> {
                double when = random.nextDouble();
                Instant endOfToday = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
                yield when < 0.30 ? now.minusSeconds(3600 + (long) (random.nextDouble() * 20 * 86400))
                        : when < 0.45 ? now.plusSeconds((long) (random.nextDouble() * Math.max(60, Duration.between(now, endOfToday).getSeconds() - 60)))
                        : endOfToday.plusSeconds((long) (random.nextDouble() * 14 * 86400));
            }
            case "POSTPONED" -> LocalDate.ofInstant(now, zone).plusDays(2 + random.nextInt(28)).atStartOfDay(zone).toInstant();
            default -> null;
        };
        outcome = status.equals("CLOSED") ? outcome(area, random.nextDouble())
                : status.equals("POSTPONED") ? "POSTPONED" : null;
        amount = 1000 + random.nextInt(area == Area.SALES ? 200_000 : 100_000);
        stage = random.nextInt(STAGES.length);
        promised = LocalDate.ofInstant(startedAt, zone).plusDays(5 + random.nextInt(15));
        for (int i = 0; i < flags.length; i++) {
            flags[i] = random.nextDouble() < 0.9;
        }
    }

    private static String outcome(Area area, double draw) {
        return switch (area) {
            case SALES -> draw < 0.3 ? "SOLD" : "ELIMINATED";
            case OPERATIONS -> draw < 0.9 ? "DELIVERED" : "CANCELLED";
            case ADMINISTRATION -> draw < 0.92 ? "COLLECTED" : "WRITTEN_OFF";
        };
    }

    void addFollowUp() {
        followUps++;
    }

    private Instant end() {
        return closedAt != null ? closedAt : now;
    }

    private Instant deadline() {
        return switch (area) {
            case SALES -> startedAt.plus(Duration.ofDays(60));
            case OPERATIONS -> promised.plusDays(1).atStartOfDay(zone).toInstant();
            case ADMINISTRATION -> startedAt.plus(Duration.ofDays(30));
        };
    }

    /** The done moment of follow-up {@code j}, or null for its due moment: spread evenly over the item's life. */
    private Instant due(int j) {
        long step = Math.max(60, Duration.between(startedAt, end()).getSeconds() / (followUps + 1));
        return startedAt.plusSeconds(step * j);
    }

    void write(Writer out) throws IOException {
        boolean sales = area == Area.SALES;
        boolean admin = area == Area.ADMINISTRATION;
        boolean ops = area == Area.OPERATIONS;
        boolean closed = closedAt != null;
        Instant last = followUps == 0 ? null : lastDone();
        Rows.row(out, rule, 0, area.name(), (sales ? "Prospect " : ops ? "Order " : "Invoice F-") + (number + 1),
                "Customer " + (number % 5000 + 1), owner,
                sales || admin ? amount + ".00" : null, sales || admin ? "MXN" : null,
                ts(startedAt), ts(deadline()), status, ts(nextDueAt), ts(last), followUps,
                sales ? STAGES[stage] : null, sales ? "Referral" : null, sales ? 1 + stage + 1 : null,
                sales ? 10 + stage * 30 : null, ops ? promised : null, admin ? "F-" + (number + 1) : null,
                admin ? 30 : null, outcome,
                "ELIMINATED".equals(outcome) || "CANCELLED".equals(outcome) || "WRITTEN_OFF".equals(outcome) ? "No longer needed" : null,
                "DELIVERED".equals(outcome) ? flags[0] : null, "DELIVERED".equals(outcome) ? flags[1] : null,
                "DELIVERED".equals(outcome) ? flags[2] : null,
                "COLLECTED".equals(outcome) ? amount + ".00" : null, "COLLECTED".equals(outcome) ? "MXN" : null,
                "COLLECTED".equals(outcome) ? true : null, closed ? ts(closedAt) : null,
                followUps == 0 ? null : ts(firstDone()));
    }

    /** The first of its follow-ups done (item.first_done_at, V55): one done late may come after the next one. */
    private Instant firstDone() {
        Instant first = null;
        for (int j = 0; j < followUps; j++) {
            Instant done = done(j, new Random(seed + j));
            first = first == null || done.isBefore(first) ? done : first;
        }
        return first;
    }

    private Instant lastDone() {
        return done(followUps - 1, new Random(seed + followUps - 1));
    }

    private Instant done(int j, Random random) {
        Instant due = due(j);
        boolean onTime = random.nextDouble() < 0.85;
        Instant done = onTime ? due.plusSeconds(random.nextInt(7200)) : due.plus(Duration.ofDays(1 + random.nextInt(3)));
        return done.isAfter(end()) ? end() : done;
    }

    void writeFollowUps(long id, Writer out) throws IOException {
        for (int j = 0; j < followUps; j++) {
            Random random = new Random(seed + j);
            Instant due = due(j);
            Instant done = done(j, random);
            boolean onTime = frequency.isOnTime(due, done, zone);
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            Integer minutes = channel.equals("CALL") || channel.equals("MEETING") ? 3 + random.nextInt(40) : null;
            Rows.row(out, id, DataGenerator.uuid(random), ts(due), ts(done), ts(done), owner, channel, minutes,
                    "Spoke about next steps", area == Area.SALES && j == 0 ? "FIRST_CONTACT" : "FOLLOW_UP", onTime,
                    area.name(), rule);
        }
    }

    void writeChanges(long id, Writer out) throws IOException {
        Rows.row(out, id, "CREATED", owner, ts(startedAt), "{\"Item " + (number + 1) + "\"}");
        if (closedAt != null) {
            Rows.row(out, id, "CLOSED", owner, ts(closedAt), "{" + outcome + "}");
        }
    }

    private static String ts(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** PostgreSQL COPY text format: tab between fields, \N for null. */
    static final class Rows {

        private Rows() {
        }

        static void row(Writer out, Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                Object value = values[i];
                if (value == null) {
                    out.write("\\N");
                } else {
                    out.write(value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
                }
            }
            out.write('\n');
        }
    }
}
