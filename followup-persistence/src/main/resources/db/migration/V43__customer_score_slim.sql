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

-- Coverage (the portfolio list and dashboard) joins the follow-ups done in the last days to the items of customers:
-- with the item's id beside the customer, that side is read from the index alone (44,000 items at 20,000 customers:
-- 30 ms instead of a 470 ms scan of the items' pages, at load 20). It serves the lookups by customer it replaces.
create index item_by_customer_with_id on item (customer_id, id) where customer_id is not null;
drop index item_by_customer;
