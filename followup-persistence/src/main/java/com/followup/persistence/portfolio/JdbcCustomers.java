package com.followup.persistence.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.HealthOverride;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Customers in plain SQL, one row each with a version for optimistic locking. */
@Repository
@Transactional(readOnly = true)
class JdbcCustomers implements Customers {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcCustomers(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    @Transactional
    public Customer save(Customer customer) {
        JdbcClient.StatementSpec statement = customer.id() == null
                ? jdbc.sql("""
                        insert into customer (name, tax_id, type, region, owner_id, channel, potential_per_year)
                        values (:name, :taxId, :type, :region, :owner, :channel, :potential) returning *""")
                : jdbc.sql("""
                        update customer set name = :name, tax_id = :taxId, type = :type, region = :region, owner_id = :owner,
                               channel = :channel, potential_per_year = :potential, version = version + 1
                        where id = :id and version = :version returning *""")
                        .param("id", customer.id()).param("version", customer.version());
        return statement.param("name", customer.name()).param("taxId", customer.taxId()).param("type", customer.type())
                .param("region", customer.region()).param("owner", customer.ownerId())
                .param("channel", customer.channel().name()).param("potential", customer.potentialPerYear())
                .query((rs, n) -> customer(rs)).optional()
                .orElseThrow(() -> new ConcurrentChangeException("customer " + customer.id()));
    }

    @Override
    public Optional<Customer> findById(long id) {
        return jdbc.sql("select * from customer where id = ?").param(id).query((rs, n) -> customer(rs)).optional();
    }

    @Override
    public Optional<Customer> findByName(String name) {
        return jdbc.sql("select * from customer where lower(name) = lower(?)").param(name.strip())
                .query((rs, n) -> customer(rs)).optional();
    }

    @Override
    public List<Customer> findAll() {
        return jdbc.sql("select * from customer order by lower(name)").query((rs, n) -> customer(rs)).list();
    }

    @Override
    @Transactional
    public void importAll(List<Customer> customers, String fileName, long byUserId, Instant at) {
        if (customers.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                insert into customer (name, tax_id, type, region, owner_id, channel, potential_per_year)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict ((lower(name))) do update set tax_id = excluded.tax_id, type = excluded.type,
                    region = excluded.region, owner_id = excluded.owner_id, channel = excluded.channel,
                    potential_per_year = excluded.potential_per_year, version = customer.version + 1""", customers, 1000,
                (ps, customer) -> {
                    ps.setString(1, customer.name());
                    ps.setString(2, customer.taxId());
                    ps.setString(3, customer.type());
                    ps.setString(4, customer.region());
                    ps.setLong(5, customer.ownerId());
                    ps.setString(6, customer.channel().name());
                    ps.setBigDecimal(7, customer.potentialPerYear());
                });
        jdbc.sql("""
                        insert into customer_change (customer_id, at, by_user_id, kind, details)
                        select id, ?, ?, 'IMPORTED', array[?] from customer where lower(name) = any(cast(? as text[]))""")
                .params(SqlTimes.timestamp(at), byUserId, fileName,
                        customers.stream().map(customer -> customer.name().toLowerCase(Locale.ROOT)).toArray(String[]::new))
                .update();
    }

    @Override
    @Transactional
    public void overrideHealth(long customerId, long version, HealthOverride override, Instant at) {
        int changed = jdbc.sql("""
                        update customer set health_override = ?, health_override_band = ?, health_override_reason = ?,
                               health_override_until = ?, health_override_by = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(override.score(), override.band().name(), override.reason().strip(),
                        java.sql.Date.valueOf(override.until()), override.byUserId(), customerId, version)
                .update();
        if (changed == 0) {
            throw new ConcurrentChangeException("customer " + customerId);
        }
        jdbc.sql("""
                        insert into customer_change (customer_id, at, by_user_id, kind, details)
                        values (?, ?, ?, 'HEALTH_OVERRIDDEN', array[?, ?, ?])""")
                .params(customerId, SqlTimes.timestamp(at), override.byUserId(), String.valueOf(override.score()),
                        override.until().toString(), override.reason().strip())
                .update();
    }

    @Override
    @Transactional
    public Customer findOrAdd(Customer customer) {
        return jdbc.sql("""
                        insert into customer (name, tax_id, type, region, owner_id, channel, potential_per_year)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict ((lower(name))) do nothing returning *""")
                .params(customer.name(), customer.taxId(), customer.type(), customer.region(), customer.ownerId(),
                        customer.channel().name(), customer.potentialPerYear())
                .query((rs, n) -> customer(rs)).optional()
                .or(() -> findByName(customer.name()))
                .orElseThrow();
    }

    @Override
    @Transactional
    public void sold(long customerId, long itemId, String itemTitle, long byUserId, Instant at) {
        jdbc.sql("update item set customer_id = ? where id = ?").params(customerId, itemId).update();
        jdbc.sql("""
                        insert into customer_change (customer_id, at, by_user_id, kind, details)
                        values (?, ?, ?, 'SOLD', array[?])""")
                .params(customerId, SqlTimes.timestamp(at), byUserId, itemTitle).update();
    }

    @Override
    @Transactional
    public void wonBack(long itemId, long byUserId, Instant at) {
        jdbc.sql("""
                        insert into customer_change (customer_id, at, by_user_id, kind)
                        select customer_id, ?, ?, 'WON_BACK' from item where id = ? and customer_id is not null""")
                .params(SqlTimes.timestamp(at), byUserId, itemId).update();
    }

    @Override
    @Transactional
    public int linkItemsByName() {
        return jdbc.sql("""
                        update item i set customer_id = c.id from customer c
                        where i.customer_id is null and lower(i.counterpart_name) = lower(c.name)""").update();
    }

    @Override
    public List<String> types() {
        return jdbc.sql("select name from customer_type order by name").query(String.class).list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from customer").query(Long.class).single();
    }

    /** The override a customer row holds, when it is still in force on {@code today}. */
    static HealthOverride override(ResultSet rs, LocalDate today) throws SQLException {
        java.sql.Date until = rs.getDate("health_override_until");
        if (until == null || until.toLocalDate().isBefore(today)) {
            return null;
        }
        return new HealthOverride(rs.getInt("health_override"), rs.getString("health_override_reason"), until.toLocalDate(),
                rs.getLong("health_override_by"));
    }

    static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getLong("id"), rs.getString("name"), rs.getString("tax_id"), rs.getString("type"),
                rs.getString("region"), rs.getLong("owner_id"), ServiceChannel.valueOf(rs.getString("channel")),
                rs.getBigDecimal("potential_per_year"), rs.getLong("version"));
    }
}
