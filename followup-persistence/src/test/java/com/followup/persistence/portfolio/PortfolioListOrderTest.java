package com.followup.persistence.portfolio;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.item.Money;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.PortfolioFigures;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.portfolio.PortfolioLists.CustomerQuery;
import com.followup.domain.portfolio.PortfolioLists.CustomerRow;
import com.followup.domain.portfolio.PortfolioLists.Sort;
import com.followup.domain.portfolio.SaleLine;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.ScoringPeriod;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio list walks scored customers on their score's indexes and the customers not scored yet beside them
 * (V53): every order and filter, page after page, lists exactly the customers a plain reading of the tables sorts the
 * same way, and counts them.
 */
@PersistenceTest
class PortfolioListOrderTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired PortfolioFigures figures;
    @Autowired PortfolioLists lists;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    private long owner;
    private final List<Long> notScored = new ArrayList<>();

    /** Ten customers scored, with revenue, potential and recency of each kind, and three created after the scores. */
    @BeforeEach
    void portfolio() {
        owner = accounts.save(UserAccount.create("lister" + System.nanoTime() % 1_000_000, "Lister", "{noop}x", Role.STAFF,
                Set.of(Area.SALES))).id();
        String run = String.valueOf(System.nanoTime());
        List<SaleLine> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Customer customer = customer((char) ('a' + (i * 7) % 10) + " Listed " + run + " " + i,
                    i % 2 == 0 ? ServiceChannel.VISIT : ServiceChannel.CALL);
            for (int order = 0; order < i % 4; order++) {
                // equal revenues on purpose (i and i + 4 buy alike), so that ties break on the customer
                lines.add(new SaleLine(null, customer.id(), TODAY.minusDays(10 + 30L * order + i), "Chairs", "Chairs",
                        BigDecimal.ONE, Money.of(String.valueOf(1000 * (i % 4)), "MXN"), null));
            }
        }
        sales.add(lines);
        figures.store(figures.scoring().score(figures.figures(new ScoringPeriod(TODAY)), TODAY), TODAY);
        for (int i = 0; i < 3; i++) {
            notScored.add(customer((char) ('b' + i * 3) + " Not scored " + run + " " + i, ServiceChannel.VISIT).id());
        }
    }

    @ParameterizedTest
    @EnumSource(Sort.class)
    void each_order_lists_page_after_page_what_the_tables_hold_in_that_order(Sort sort) {
        assertThat(jdbc.sql("select count(*) from customer_not_scored where customer_id in (:ids)").param("ids", notScored)
                .query(Long.class).single()).isEqualTo(3);

        assertListed(sort, null, null, customer -> true);
        assertListed(sort, ServiceChannel.VISIT, null, customer -> customer.channel() == ServiceChannel.VISIT);
        assertListed(sort, null, Segment.C, customer -> customer.segment() == Segment.C);
    }

    @ParameterizedTest
    @EnumSource(value = Sort.class, names = {"REVENUE", "NAME"})
    void a_score_deleted_at_the_database_puts_its_customer_back_among_those_not_scored(Sort sort) {
        long scored = jdbc.sql("select id from customer where owner_id = ? and id not in (select customer_id from customer_not_scored) limit 1")
                .param(owner).query(Long.class).single();
        jdbc.sql("delete from customer_score where customer_id = ?").param(scored).update();

        assertThat(jdbc.sql("select count(*) from customer_not_scored where customer_id = ?").param(scored)
                .query(Long.class).single()).isEqualTo(1);
        assertListed(sort, null, null, customer -> true);
    }

    private void assertListed(Sort sort, ServiceChannel channel, Segment segment, Predicate<Plain> chosen) {
        List<Long> expected = everyone().stream().filter(chosen).sorted(order(sort)).map(Plain::id).toList();
        List<CustomerRow> listed = new ArrayList<>();
        int pages = 0;
        for (int page = 0; page * 3 < expected.size() || page == 0; page++, pages++) {
            PortfolioLists.CustomerPage found = lists.search(new CustomerQuery(segment, null, owner, channel, null, null, null,
                    sort, page, 3));
            assertThat(found.total()).as("count, %s %s %s", sort, channel, segment).isEqualTo(expected.size());
            listed.addAll(found.rows());
        }
        assertThat(listed).as("%s %s %s over %d pages", sort, channel, segment, pages).extracting(CustomerRow::id)
                .containsExactlyElementsOf(expected);
        assertThat(expected).as("the filter chose someone").isNotEmpty();
    }

    /** A customer of the owner as the tables hold them, with the place of their name in PostgreSQL's collation. */
    private record Plain(long id, ServiceChannel channel, Segment segment, Integer health, Integer potential,
                         Integer recency, BigDecimal revenue, long nameRank) {
    }

    /** The owner's customers read plainly, each with their score when they have one. */
    private List<Plain> everyone() {
        return jdbc.sql("""
                        select c.id, c.channel, s.segment, s.health, s.potential, s.recency, s.revenue_12m,
                               rank() over (order by lower(c.name)) as name_rank
                        from customer c left join customer_score s on s.customer_id = c.id where c.owner_id = ?""")
                .param(owner)
                .query((rs, n) -> new Plain(rs.getLong("id"), ServiceChannel.valueOf(rs.getString("channel")),
                        rs.getString("segment") == null ? null : Segment.valueOf(rs.getString("segment")),
                        rs.getObject("health", Integer.class), rs.getObject("potential", Integer.class),
                        rs.getObject("recency", Integer.class), rs.getBigDecimal("revenue_12m"), rs.getLong("name_rank")))
                .list();
    }

    private static Comparator<Plain> order(Sort sort) {
        Comparator<Plain> byId = Comparator.comparingLong(Plain::id);
        return switch (sort) {
            case REVENUE -> nullsLast(Plain::revenue, Comparator.<BigDecimal>reverseOrder()).thenComparing(byId);
            case NAME -> Comparator.comparingLong(Plain::nameRank).thenComparing(byId);
            case HEALTH -> nullsLast(Plain::health, Comparator.<Integer>naturalOrder()).thenComparing(byId);
            case POTENTIAL -> nullsLast(Plain::potential, Comparator.<Integer>reverseOrder()).thenComparing(byId);
            case RECENCY -> Comparator.comparing(Plain::recency, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
                    .thenComparing(byId);
        };
    }

    private static <T> Comparator<Plain> nullsLast(Function<Plain, T> key, Comparator<T> order) {
        return Comparator.comparing(key, Comparator.nullsLast(order));
    }

    private Customer customer(String name, ServiceChannel channel) {
        return customers.save(new Customer(null, name, null, "Industry", "North", owner, channel, null, 0));
    }
}
