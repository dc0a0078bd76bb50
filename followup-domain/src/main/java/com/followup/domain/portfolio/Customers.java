package com.followup.domain.portfolio;

import java.util.List;
import java.util.Optional;

/** Where customers are kept. A save from a stale copy raises {@link com.followup.domain.ConcurrentChangeException}. */
public interface Customers {

    Customer save(Customer customer);

    Optional<Customer> findById(long id);

    /** By name, whatever its capitals: names are unique, so a file can name its customer. */
    Optional<Customer> findByName(String name);

    /** The customer types directors keep, by name. */
    List<String> types();

    long count();
}
