package com.followup.domain.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where customers are kept. A save from a stale copy raises {@link com.followup.domain.ConcurrentChangeException}. */
public interface Customers {

    Customer save(Customer customer);

    Optional<Customer> findById(long id);

    /** By name, whatever its capitals: names are unique, so a file can name its customer. */
    Optional<Customer> findByName(String name);

    /** Every customer, by name: what a file's rows are matched against, read once per file. */
    List<Customer> findAll();

    /**
     * Customers from a file: a new name is added, a name already kept (whatever its capitals) takes the file's tax id,
     * type, region, owner, channel and potential, since the ERP keeps them; each gets "imported from file" on its history.
     */
    void importAll(List<Customer> customers, String fileName, long byUserId, Instant at);

    /**
     * A manager's health for the customer until the override's last day, on the customer's history; refused with
     * {@link com.followup.domain.ConcurrentChangeException} when the customer changed since {@code version} was read.
     */
    void overrideHealth(long customerId, long version, HealthOverride override, Instant at);

    /** The customer of this one's name, whatever its capitals; else this one, added (two adding at once get one). */
    Customer findOrAdd(Customer customer);

    /** The item belongs to the customer from now on, on the customer's history as sold (with the item's title). */
    void sold(long customerId, long itemId, String itemTitle, long byUserId, Instant at);

    /** A portfolio item closed as won back: on its customer's history as won back, no new sale. */
    void wonBack(long itemId, long byUserId, Instant at);

    /**
     * Items of any area (invoices, orders, prospects) whose counterpart is a customer's name, whatever its capitals,
     * belong to that customer from now on; returns how many were linked.
     */
    int linkItemsByName();

    /** The customer types directors keep, by name. */
    List<String> types();

    long count();
}
