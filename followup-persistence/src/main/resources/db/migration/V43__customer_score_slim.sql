-- The portfolio list and dashboard read every customer's score (filters, sorts and counts over the whole portfolio),
-- but only the customer's page reads the factors that explain them: some 900 bytes a customer, which kept
-- customer_score at five rows a page (the list read 40 MB a request at 20,000 customers, docs/benchmarks.md). In a
-- table of their own, the scores take 2 MB.
create table customer_score_factors (
    customer_id bigint primary key references customer (id) on delete cascade,
    factors     text   not null
);
insert into customer_score_factors (customer_id, factors) select customer_id, factors from customer_score;
alter table customer_score drop column factors;
-- dropping a column frees no space: rewritten once, compact (a short exclusive lock, at 20,000 customers 2 s)
cluster customer_score using customer_score_pkey;
