package com.followup.web.demo;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * Fills an empty database with people to try Followup with. By default only the embedded
 * database gets them (followup.demo-data=auto); a real server only when asked (=true).
 */
@Component
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "followup-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccounts accounts;
    private final Kpis kpis;
    private final FollowUpRules rules;
    private final Items items;
    private final Notices notices;
    private final PortfolioDemo portfolio;
    private final Clock clock;
    private final PasswordEncoder encoder;
    private final DemoLeads demoLeads;
    private final boolean enabled;

    DemoData(UserAccounts accounts, Kpis kpis, FollowUpRules rules, Items items, Notices notices, PortfolioDemo portfolio,
             Clock clock, PasswordEncoder encoder, DemoLeads demoLeads,
             @Value("${followup.demo-data:auto}") String demoData,
             @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.accounts = accounts;
        this.kpis = kpis;
        this.rules = rules;
        this.items = items;
        this.notices = notices;
        this.portfolio = portfolio;
        this.clock = clock;
        this.encoder = encoder;
        this.demoLeads = demoLeads;
        this.enabled = "true".equalsIgnoreCase(demoData) || ("auto".equalsIgnoreCase(demoData) && datasourceUrl.isBlank());
    }

    /** The two examples of the source article, and its Operations rule for suppliers' deliveries. */
    private List<FollowUpRule> defineSourceRules() {
        long newSales = kpis.save(Kpi.computed(Area.SALES, Metric.NEW_SALES, "New sales", "sales", BigDecimal.valueOf(20),
                KpiPeriod.MONTH)).id();
        kpis.save(Kpi.computed(Area.SALES, Metric.CLOSE_RATE_PER_PROSPECT, "Close rate per prospect", "%",
                BigDecimal.valueOf(40), KpiPeriod.MONTH));
        kpis.save(Kpi.define(Area.SALES, "Trade fair visits", "visits", BigDecimal.valueOf(4), KpiPeriod.MONTH));
        long collections = kpis.save(Kpi.computed(Area.ADMINISTRATION, Metric.AMOUNT_COLLECTED, "Collections", "MXN",
                BigDecimal.valueOf(500_000), KpiPeriod.MONTH)).id();
        kpis.save(Kpi.computed(Area.ADMINISTRATION, Metric.AMOUNT_OVERDUE, "Overdue receivables", "MXN",
                BigDecimal.valueOf(100_000), KpiPeriod.MONTH));
        long onTime = kpis.save(Kpi.computed(Area.OPERATIONS, Metric.ON_TIME_IN_FULL, "On-time deliveries", "%",
                BigDecimal.valueOf(95), KpiPeriod.MONTH)).id();
        return List.of(
                new RuleDraft(Area.SALES, "New prospects", "Close the sale", new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS),
                        new Frequency.EveryNWeeks(1, false), new RuleOwner.AreaRole("seller"), new ReportedIn("the CRM", null),
                        newSales, Duration.ofDays(2), List.of("First meeting", "Proposal", "Negotiation")),
                new RuleDraft(Area.ADMINISTRATION, "Collections", "Collect", new TimeAllowed.FromItem(ItemTerm.CREDIT_TERMS),
                        new Frequency.EveryNWeeks(1, true), new RuleOwner.AreaRole("collections"),
                        new ReportedIn("the receivables board", null), collections, Duration.ofDays(3), List.of()),
                new RuleDraft(Area.OPERATIONS, "Suppliers' deliveries", "Deliver complete, correct and on time",
                        new TimeAllowed.FromItem(ItemTerm.PROMISED_DATE), new Frequency.EveryNDays(2, false),
                        new RuleOwner.AreaRole("purchasing"), new ReportedIn("the operations board", null), onTime,
                        Duration.ofDays(1), List.of()))
                .stream().map(draft -> rules.save(FollowUpRule.define(draft), "diana")).toList();
    }

    /**
     * A few items so that "My follow-ups" has something overdue, due today and later on the first day; none starts
     * after the day the data is loaded, so every one can be checked off at once.
     */
    private void openItems(List<FollowUpRule> sourceRules, Map<String, Long> ids) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        FollowUpRule prospects = sourceRules.get(0);
        FollowUpRule collections = sourceRules.get(1);
        FollowUpRule deliveries = sourceRules.get(2);
        long sofia = ids.get("sofia");
        items.save(Item.open(prospects, "Fleet renewal", new Counterpart("Transportes del Norte", "Luis Ortega",
                        "luis@tdn.example", "+52 81 5555 0101"), sofia, Money.of("180000", "MXN"),
                new ItemDetails.SalesDetails("Trade fair", 4, 60, null), now.minusDays(3), sofia));
        items.save(Item.open(prospects, "Office furniture", new Counterpart("Grupo Alameda", "Marta Ruiz",
                        "marta@alameda.example", "+52 55 5555 0102"), sofia, Money.of("45000", "MXN"),
                new ItemDetails.SalesDetails("Referral", 3, 40, null), now.minusHours(1), sofia));
        items.save(Item.open(prospects, "Annual maintenance", Counterpart.named("Clínica San Ángel"), sofia, null,
                new ItemDetails.SalesDetails("Website", 2, 20, null), now, sofia));
        long ana = ids.get("ana");
        items.save(Item.open(collections, "Invoice F-2031", Counterpart.named("Transportes del Norte"), ana,
                Money.of("58000", "MXN"), new ItemDetails.AdministrationDetails("F-2031", 30, null, null, false, false),
                now.minusDays(6), ana));
        Item advance = items.save(Item.open(collections, "Invoice F-2040 (advance)", Counterpart.named("Grupo Alameda"), ana,
                Money.of("12000", "MXN"), new ItemDetails.AdministrationDetails("F-2040", 15, null, null, true, false),
                now.minusDays(1), ana));
        long omar = ids.get("omar");
        items.save(Item.open(deliveries, "Steel sheets, order 7781", Counterpart.named("Aceros Monterrey"), omar, null,
                new ItemDetails.OperationsDetails(now.toLocalDate().plusDays(5), null, null), now.minusDays(2), omar));
        items.save(Item.open(deliveries, "Desks for Grupo Alameda, order 7790", Counterpart.named("Grupo Alameda"), omar,
                null, new ItemDetails.OperationsDetails(now.toLocalDate().plusDays(3), null, advance.id()),
                now.minusDays(1), omar));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || accounts.count() > 0) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        List<UserAccount> people = List.of(
                UserAccount.create("diana", "Diana Directora", hash, Role.DIRECTOR, Set.of()),
                UserAccount.create("marco", "Marco Gerente", hash, Role.MANAGER, Set.of(Area.SALES, Area.OPERATIONS)),
                UserAccount.create("alicia", "Alicia Cobranza", hash, Role.MANAGER, Set.of(Area.ADMINISTRATION)),
                UserAccount.create("sofia", "Sofía Ventas", hash, Role.STAFF, Set.of(Area.SALES)),
                UserAccount.create("omar", "Omar Compras", hash, Role.STAFF, Set.of(Area.OPERATIONS)),
                UserAccount.create("ana", "Ana Cobranza", hash, Role.STAFF, Set.of(Area.ADMINISTRATION)),
                UserAccount.create("mara", "Mara Marketing", hash, Role.MARKETING, Set.of()));
        Map<String, Long> ids = people.stream().map(accounts::save)
                .collect(Collectors.toMap(UserAccount::username, UserAccount::id));
        List<FollowUpRule> sourceRules = defineSourceRules();
        openItems(sourceRules, ids);
        portfolio.load(List.of(ids.get("sofia"), ids.get("sofia"), ids.get("marco")),
                List.of("Transportes del Norte", "Grupo Alameda", "Clínica San Ángel"));
        demoLeads.load(ids.get("sofia"), ids.get("marco"), sourceRules.get(0));
        for (Map.Entry<String, Long> person : ids.entrySet()) {
            // everyone has an example address; the staff ask for a digest, which lands in the Outbox without SMTP
            boolean staff = List.of("sofia", "omar", "ana").contains(person.getKey());
            notices.save(new NoticeSettings(person.getValue(), person.getKey() + "@followup.example", staff,
                    LocalTime.of(8, 0), person.getKey().equals("omar") ? "en" : "es", 0));
        }
        log.info("Loaded demo data. Sign in with password '{}' as: diana (director), marco and alicia (managers), "
                + "sofia, omar and ana (staff), mara (marketing); with the example rules of Sales, Operations and Administration, a few items under them "
                + "and a portfolio of customers with two years of sales", PASSWORD);
    }
}
