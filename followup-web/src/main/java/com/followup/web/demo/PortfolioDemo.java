package com.followup.web.demo;

import com.followup.domain.item.Money;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SaleLine;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.SegmentMove;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.domain.followup.Channel;
import com.followup.domain.followup.CheckOff;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.followup.FollowUps;
import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import com.followup.domain.portfolio.ServiceItems;
import com.followup.domain.portfolio.ServicePlan;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.web.portfolio.PortfolioRecompute;
import com.followup.web.portfolio.ServiceFollowUps;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * About 60 customers with two years of sales dated back from the day of loading, in profiles chosen so that every
 * segment, RFM group, lapse, churn and least-profitable customer shows something on the first start.
 */
@Component
class PortfolioDemo {

    private static final String[] FAMILIES = {"Chairs", "Desks", "Storage", "Lighting", "Installation"};
    private static final String[] TYPES = {"Industry", "Retail", "Services", "Public sector"};
    private static final String[] REGIONS = {"North", "Centre", "South", "West"};
    private static final String[] FIRST = {"Grupo", "Comercial", "Servicios", "Distribuidora", "Industrias", "Hospital",
            "Papelería", "Constructora", "Hotel", "Colegio"};
    private static final String[] SECOND = {"Alameda", "del Norte", "San Ángel", "Roble", "Pacífico", "Sierra Madre",
            "Azteca", "Las Lomas", "Del Valle", "Bajío", "Los Pinos", "Reforma"};

    /** days between orders, first and last order (days ago), amount per order, cost share, channel, how many */
    private record Profile(int gap, int firstAgo, int lastAgo, int amount, double costShare, ServiceChannel channel,
                           int count) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile(12, 720, 3, 18_000, 0.62, ServiceChannel.VISIT, 7),        // champions, segment A
            new Profile(25, 720, 10, 7_000, 0.65, ServiceChannel.CALL, 7),         // loyal
            new Profile(30, 720, 60, 6_000, 0.65, ServiceChannel.CALL, 3),         // slipping: health amber
            new Profile(14, 720, 160, 9_000, 0.64, ServiceChannel.VISIT, 5),       // can't lose, at risk: lapsed
            new Profile(40, 700, 250, 2_500, 0.70, ServiceChannel.EMAIL, 6),       // hibernating
            new Profile(45, 720, 420, 3_000, 0.70, ServiceChannel.CALL, 5),        // churned
            new Profile(20, 60, 4, 4_000, 0.66, ServiceChannel.CALL, 5),           // new
            new Profile(20, 720, 6, 1_100, 0.85, ServiceChannel.VISIT, 8),         // least profitable: visits eat the margin
            new Profile(150, 700, 8, 6_000, 0.66, ServiceChannel.EMAIL, 4),        // seldom but lately: needs attention
            new Profile(70, 720, 30, 5_000, 0.68, ServiceChannel.SELF_SERVICE, 10)); // occasional, the middle

    private static final int SERVED_DAYS = 100;
    private static final Channel[] CONTACT_BY = {Channel.CALL, Channel.CALL, Channel.EMAIL, Channel.VISIT};
    private static final String[] RESULTS = {"All well; next order in preparation", "Asked for a quote on storage",
            "Complained about a late delivery; sorted out", "No news; will call back"};

    private final Customers customers;
    private final SalesHistory sales;
    private final PortfolioRecompute recompute;
    private final ServiceFollowUps serviceFollowUps;
    private final ServiceItems serviceItems;
    private final Items items;
    private final FollowUps followUps;
    private final FollowUpRules rules;
    private final Clock clock;

    PortfolioDemo(Customers customers, SalesHistory sales, PortfolioRecompute recompute, ServiceFollowUps serviceFollowUps,
                  ServiceItems serviceItems, Items items, FollowUps followUps, FollowUpRules rules, Clock clock) {
        this.customers = customers;
        this.sales = sales;
        this.recompute = recompute;
        this.serviceFollowUps = serviceFollowUps;
        this.serviceItems = serviceItems;
        this.items = items;
        this.followUps = followUps;
        this.rules = rules;
        this.clock = clock;
    }

    /** Customers owned by the given account owners in turn, with the counterparts of the demo items among them. */
    void load(List<Long> owners, List<String> knownCounterparts) {
        Random random = new Random(16);
        LocalDate today = LocalDate.now(clock);
        List<SaleLine> lines = new ArrayList<>();
        int n = 0;
        for (Profile profile : PROFILES) {
            for (int i = 0; i < profile.count(); i++, n++) {
                String name = n < knownCounterparts.size() ? knownCounterparts.get(n)
                        : FIRST[n % FIRST.length] + " " + SECOND[(n * 7) % SECOND.length] + " " + (n + 1);
                BigDecimal potential = BigDecimal.valueOf((long) profile.amount() * (8 + random.nextInt(30)) * 10);
                Customer customer = customers.save(new Customer(null, name, null, TYPES[random.nextInt(TYPES.length)],
                        REGIONS[random.nextInt(REGIONS.length)], owners.get(n % owners.size()), profile.channel(),
                        n % 5 == 4 ? null : potential, 0));
                lines.addAll(orders(customer.id(), profile, today, random));
            }
        }
        sales.add(lines);
        // last quarter's and last month's segments, so that movement between segments shows on the first start
        recompute.recompute(SegmentMove.comparedMonth(today).plusDays(14));
        recompute.recompute(SegmentMove.lastMonth(today).plusDays(14));
        recompute.recompute();
        serviceFollowUps.serve("diana", ZonedDateTime.now(clock).minusDays(SERVED_DAYS));
        serveAsAccountOwnersDid(random);
        recompute.recompute();
        serviceFollowUps.openLapses("diana", ZonedDateTime.now(clock));
    }

    /**
     * The service items started {@value #SERVED_DAYS} days ago; account owners kept most customers' rhythm since and
     * missed the last contact of about one in five, so coverage reads something between 0 and 100 % while a seller's
     * list holds a few late service calls, not months of them.
     */
    private void serveAsAccountOwnersDid(Random random) {
        Instant now = clock.instant();
        for (ServicePlan.Customer customer : serviceItems.customers()) {
            Item item = items.findById(customer.openItem().itemId()).orElseThrow();
            Frequency rhythm = rules.revision(item.ruleId(), item.ruleRevision()).frequency();
            Duration missed = random.nextInt(10) < 8 ? Duration.ofHours(1) : rhythm.approximateInterval();
            while (true) {
                Instant doneAt = item.nextDueAt().plus(Duration.ofHours(random.nextInt(20)));
                if (doneAt.isAfter(now.minus(missed))) {
                    break;
                }
                FollowUp done = item.checkOff(new CheckOff(UUID.randomUUID(), customer.ownerId(), doneAt,
                        CONTACT_BY[random.nextInt(CONTACT_BY.length)], null, null, RESULTS[random.nextInt(RESULTS.length)],
                        null), rhythm, doneAt);
                followUps.record(done);
                item = items.save(item);
            }
        }
    }

    private static List<SaleLine> orders(long customerId, Profile profile, LocalDate today, Random random) {
        List<SaleLine> lines = new ArrayList<>();
        int ago = profile.firstAgo() - random.nextInt(Math.max(1, profile.gap()));
        while (ago >= profile.lastAgo()) {
            LocalDate day = today.minusDays(ago);
            int products = 1 + random.nextInt(3);
            for (int p = 0; p < products; p++) {
                String family = FAMILIES[random.nextInt(FAMILIES.length)];
                BigDecimal amount = BigDecimal.valueOf(profile.amount() * (60 + random.nextInt(80)) / 100.0 / products)
                        .setScale(2, RoundingMode.HALF_UP);
                BigDecimal cost = random.nextInt(10) == 0 ? null
                        : amount.multiply(BigDecimal.valueOf(profile.costShare())).setScale(2, RoundingMode.HALF_UP);
                lines.add(new SaleLine(null, customerId, day, family + " " + (1 + random.nextInt(3)), family,
                        BigDecimal.valueOf(1 + random.nextInt(12)), new Money(amount, java.util.Currency.getInstance("MXN")), cost));
            }
            int next = Math.max(1, profile.gap() / 2 + random.nextInt(profile.gap() + 1));
            ago = ago - next < profile.lastAgo() && ago != profile.lastAgo() ? profile.lastAgo() : ago - next;
        }
        return lines;
    }
}
