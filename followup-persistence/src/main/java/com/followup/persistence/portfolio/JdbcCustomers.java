package com.followup.persistence.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.ServiceChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Customers in plain SQL, one row each with a version for optimistic locking. */
@Repository
@Transactional(readOnly = true)
class JdbcCustomers implements Customers {

    private final JdbcClient jdbc;

    JdbcCustomers(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    public List<String> types() {
        return jdbc.sql("select name from customer_type order by name").query(String.class).list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from customer").query(Long.class).single();
    }

    static Customer customer(ResultSet rs) throws SQLException {
        return new Customer(rs.getLong("id"), rs.getString("name"), rs.getString("tax_id"), rs.getString("type"),
                rs.getString("region"), rs.getLong("owner_id"), ServiceChannel.valueOf(rs.getString("channel")),
                rs.getBigDecimal("potential_per_year"), rs.getLong("version"));
    }
}
