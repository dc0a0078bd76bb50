package com.followup.persistence.portfolio;

import com.followup.domain.portfolio.SaleLine;
import com.followup.domain.portfolio.SalesHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

/** Sale lines, appended a chunk at a time with one statement, and a customer's sales by month and by product, summed by PostgreSQL. */
@Repository
@Transactional(readOnly = true)
class JdbcSalesHistory implements SalesHistory {

    private final JdbcClient jdbc;

    JdbcSalesHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(List<SaleLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        // one statement for the lot, each column an array: an import's chunk of a thousand lines is one round trip
        int size = lines.size();
        Long[] customers = new Long[size];
        String[] days = new String[size];
        String[] products = new String[size];
        String[] families = new String[size];
        String[] quantities = new String[size];
        String[] amounts = new String[size];
        String[] currencies = new String[size];
        String[] costs = new String[size];
        for (int i = 0; i < size; i++) {
            SaleLine line = lines.get(i);
            customers[i] = line.customerId();
            days[i] = line.day().toString();
            products[i] = line.product();
            families[i] = line.family();
            quantities[i] = line.quantity().toPlainString();
            amounts[i] = line.amount().amount().toPlainString();
            currencies[i] = line.amount().currency().getCurrencyCode();
            costs[i] = line.cost() == null ? null : line.cost().toPlainString();
        }
        jdbc.sql("""
                        insert into sale_line (customer_id, day, product, family, quantity, amount, currency, cost)
                        select * from unnest(cast(? as bigint[]), cast(cast(? as text[]) as date[]), cast(? as text[]),
                                             cast(? as text[]), cast(cast(? as text[]) as numeric[]),
                                             cast(cast(? as text[]) as numeric[]), cast(? as text[]),
                                             cast(cast(? as text[]) as numeric[]))""")
                .params(customers, days, products, families, quantities, amounts, currencies, costs).update();
    }

    @Override
    public List<MonthSales> byMonth(long customerId, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select m.month, coalesce(sum(l.amount), 0) as revenue, sum(l.amount - l.cost) as margin,
                               count(distinct l.day) as orders
                        from generate_series(cast(:from as date), cast(:to as date), interval '1 month') as m(month)
                        left join sale_line l on l.customer_id = :customer and l.day >= m.month
                             and l.day < m.month + interval '1 month'
                        group by m.month order by m.month""")
                .param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)))
                .param("customer", customerId)
                .query((rs, n) -> new MonthSales(YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getBigDecimal("revenue"), rs.getBigDecimal("margin"), rs.getInt("orders")))
                .list();
    }

    @Override
    public List<ProductBought> products(long customerId, int most) {
        return jdbc.sql("""
                        select family, product, sum(quantity) as quantity, sum(amount) as revenue, max(day) as last_bought
                        from sale_line where customer_id = ? group by family, product
                        order by revenue desc, product limit ?""")
                .params(customerId, most)
                .query((rs, n) -> new ProductBought(rs.getString("family"), rs.getString("product"),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("revenue"), rs.getDate("last_bought").toLocalDate()))
                .list();
    }
}
