-- The portfolio list finds a page by walking an index in the order asked for and stopping at the page, instead of
-- joining, counting and sorting every customer for each page (docs/benchmarks.md, "Portfolio at 20,000 customers").
-- Scored customers are walked on their score's indexes; the few customers not scored yet (created since the last
-- recompute) are kept apart in customer_not_scored, by triggers in the transaction that writes a customer or a
-- score, so that the list never loses one.

create table customer_not_scored (
    customer_id bigint primary key references customer (id) on delete cascade
);

insert into customer_not_scored select c.id from customer c
where not exists (select 1 from customer_score s where s.customer_id = c.id);

create function customer_not_scored_changed() returns trigger language plpgsql as $$
begin
    if TG_TABLE_NAME = 'customer' then
        insert into customer_not_scored select id from added on conflict do nothing;
    elsif TG_OP = 'INSERT' then
        delete from customer_not_scored where customer_id in (select customer_id from added);
    else
        -- a score deleted (the app never does; a person at the database may): its customer, if still there, is
        -- not scored again
        insert into customer_not_scored select r.customer_id from removed r
        where exists (select 1 from customer c where c.id = r.customer_id) on conflict do nothing;
    end if;
    return null;
end $$;

create trigger customer_not_scored_customer after insert on customer
    referencing new table as added for each statement execute function customer_not_scored_changed();
create trigger customer_not_scored_scored after insert on customer_score
    referencing new table as added for each statement execute function customer_not_scored_changed();
create trigger customer_not_scored_unscored after delete on customer_score
    referencing old table as removed for each statement execute function customer_not_scored_changed();

-- the list's orders (JdbcPortfolioLists.Order), each ending on the customer for pages that never overlap; the
-- name's order is customer_by_name's
create index customer_score_by_revenue on customer_score (revenue_12m desc nulls last, customer_id);
create index customer_score_by_potential on customer_score (potential desc nulls last, customer_id);
create index customer_score_by_recency on customer_score (recency nulls first, customer_id);
analyze customer_not_scored;
