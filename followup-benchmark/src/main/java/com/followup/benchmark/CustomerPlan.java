package com.followup.benchmark;

import com.followup.benchmark.ItemPlan.Rows;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;

/**
 * One generated customer and their sale lines. A customer's weight is drawn from a Pareto law (shape 1.16, the
 * 80/20 of sales), so that A, B and C mean something: heavier customers buy more often and bigger orders. Each has
 * a life: most still buying, some new (first order in the last quarter), some lapsed (their last order more than
 * twice their own gap between orders ago, within the year), some churned (nothing for more than a year). Orders fall
 * at the customer's own rhythm with some jitter; an order is one to five lines of products of the families the
 * customer buys; most lines know their cost, at a margin of the customer's own.
 */
final class CustomerPlan {

    static final String[] TYPES = {"Industry", "Retail", "Services", "Public sector"};
    static final String[] REGIONS = {"North", "Centre", "South", "West", "Bajío", "Southeast"};
    static final String[] FAMILIES = {"Valves", "Pumps", "Pipes", "Fittings", "Tools", "Sensors", "Spare parts", "Services"};
    private static final String[] WORDS = {"Aceros", "Distribuidora", "Grupo", "Industrias", "Comercial", "Servicios",
            "Tecnología", "Construcciones", "Alimentos", "Logística", "Farmacia", "Hotel", "Transportes", "Papelera"};
    private static final String[] PLACES = {"del Norte", "del Bajío", "Pacífico", "Sierra Madre", "Alameda", "Roble",
            "San Ángel", "Golfo", "Centro", "Lomas", "Valle", "Occidente"};

    /** What becomes of a customer by today. */
    enum Life { ACTIVE, NEW, LAPSED, CHURNED, NO_SALES }

    private final int number;
    private final long owner;
    private final long seed;
    private final double weight;
    private final String type;
    private final String region;
    private final String channel;
    private final Life life;
    private final int firstDay;
    private final int lastDay;
    private final double marginRate;
    private final boolean knowsCosts;
    private final int familyMask;
    private int lines;

    /**
     * @param days the days of history: day 0 is the first, day {@code days} is today
     */
    CustomerPlan(int number, long owner, int days, Random random) {
        this.number = number;
        this.owner = owner;
        this.seed = random.nextLong();
        // Pareto, shape 1.16 (80 % of sales from 20 % of customers), capped so one customer does not take everything
        this.weight = Math.min(400, Math.pow(1 - random.nextDouble(), -1 / 1.16));
        this.type = TYPES[random.nextInt(TYPES.length)];
        this.region = REGIONS[random.nextInt(REGIONS.length)];
        double draw = random.nextDouble();
        // the big ones are visited, the small ones served by email or on their own
        this.channel = weight > 6 ? (draw < 0.7 ? "VISIT" : "CALL") : weight > 2 ? (draw < 0.6 ? "CALL" : "VISIT")
                : draw < 0.45 ? "EMAIL" : draw < 0.75 ? "SELF_SERVICE" : "CALL";
        double lifeDraw = random.nextDouble();
        Life drawn = lifeDraw < 0.03 ? Life.NO_SALES : lifeDraw < 0.10 ? Life.NEW : lifeDraw < 0.22 ? Life.LAPSED
                : lifeDraw < 0.37 ? Life.CHURNED : Life.ACTIVE;
        // a third were customers before the history starts; the others came at some day of it
        int first = random.nextDouble() < 0.35 ? 0 : random.nextInt(Math.max(1, days - 90));
        int last = days;
        if (drawn == Life.NEW) {
            first = days - 1 - random.nextInt(Math.min(days, 90));
        } else if (drawn == Life.CHURNED) {
            int latest = days - 366;
            if (latest > first + 30) {
                last = first + 30 + random.nextInt(latest - first - 30);
            } else {
                drawn = Life.ACTIVE;
            }
        }
        this.life = drawn;
        this.firstDay = Math.max(0, first);
        this.lastDay = last;
        this.marginRate = 0.08 + random.nextDouble() * 0.32 - (random.nextDouble() < 0.1 ? 0.2 : 0);
        this.knowsCosts = random.nextDouble() < 0.8;
        int mask = 0;
        int families = 1 + random.nextInt(4);
        for (int i = 0; i < families; i++) {
            mask |= 1 << random.nextInt(FAMILIES.length);
        }
        this.familyMask = mask;
    }

    /** The share of the sale lines this customer should get: heavier customers order more often. */
    double lineWeight() {
        return life == Life.NO_SALES ? 0 : Math.pow(weight, 0.6) * (life == Life.NEW ? 0.3 : 1);
    }

    void setLines(int lines) {
        this.lines = lines;
    }

    void addLine() {
        lines++;
    }

    int lines() {
        return lines;
    }

    Life life() {
        return life;
    }

    String name() {
        return WORDS[number % WORDS.length] + " " + PLACES[(number / WORDS.length) % PLACES.length] + " "
                + String.format("%05d", number + 1);
    }

    /** A customer row: name, tax id (most have one), type, region, owner, channel, potential (most), created at. */
    void write(Writer out, LocalDate today, int days) throws IOException {
        Random random = new Random(seed);
        double yearly = Math.max(1, lines) * averageLine() * 365.0 / Math.max(30, lastDay - firstDay);
        BigDecimal potential = random.nextDouble() < 0.75
                ? BigDecimal.valueOf(yearly * (1.1 + random.nextDouble() * 2)).setScale(2, RoundingMode.HALF_UP) : null;
        String taxId = random.nextDouble() < 0.85 ? String.format("BEN%06d%03d", number, random.nextInt(1000)) : null;
        Rows.row(out, name(), taxId, type, region, owner, channel, potential,
                today.minusDays(days - firstDay).atStartOfDay() + "Z");
    }

    /** The average amount of a line: bigger customers buy bigger orders. */
    private double averageLine() {
        return 800 * Math.pow(weight, 0.4);
    }

    /**
     * The sale lines, in orders of one to five lines at the customer's rhythm between the first and the last day. A
     * lapsed customer's orders end three of their gaps before today.
     */
    void writeSales(long customerId, Writer out, LocalDate today, int days) throws IOException {
        if (lines == 0) {
            return;
        }
        Random random = new Random(seed ^ 0x5DEECE66DL);
        int perOrder = 1 + random.nextInt(5);
        int orders = Math.max(1, (lines + perOrder - 1) / perOrder);
        int first = firstDay;
        int last = lastDay;
        if (life == Life.LAPSED) {
            double gap = (double) (days - first) / orders;
            int end = (int) (days - 3 * gap) - 1;
            if (end > first && days - end <= 365) {
                last = end;
            }
        }
        double gap = (double) (last - first) / orders;
        double average = averageLine();
        int written = 0;
        for (int order = 0; order < orders && written < lines; order++) {
            int day = (int) Math.round(first + gap * (order + 0.5 + (random.nextDouble() - 0.5) * 0.6));
            day = Math.max(first, Math.min(last, day));
            LocalDate date = today.minusDays(days - day);
            int inOrder = order == orders - 1 ? lines - written : Math.min(perOrder, lines - written);
            for (int l = 0; l < inOrder; l++) {
                int family = family(random);
                int product = family * 25 + random.nextInt(25);
                double quantity = 1 + random.nextInt(40);
                double amount = average * (0.3 + random.nextDouble() * 1.4);
                BigDecimal money = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
                BigDecimal cost = knowsCosts ? BigDecimal.valueOf(Math.max(0, amount * (1 - marginRate
                        + (random.nextDouble() - 0.5) * 0.1))).setScale(2, RoundingMode.HALF_UP) : null;
                Rows.row(out, customerId, date, String.format("%s %03d", FAMILIES[family], product), FAMILIES[family],
                        BigDecimal.valueOf(quantity).setScale(3, RoundingMode.UNNECESSARY), money, "MXN", cost);
                written++;
            }
        }
    }

    private int family(Random random) {
        int count = Integer.bitCount(familyMask);
        int pick = random.nextInt(count);
        for (int i = 0; i < FAMILIES.length; i++) {
            if ((familyMask & (1 << i)) != 0 && pick-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("no family");
    }
}
