-- Two summaries the portfolio reads instead of the follow-ups and the sale lines (docs/benchmarks.md, "Portfolio at
-- 20,000 customers"), kept exact by triggers in the transaction that writes the rows they summarise, so that no
-- figure waits for the nightly recompute. Both add what a statement brought (ON CONFLICT ... DO UPDATE sees the row
-- as committed by whoever came first, so two writers never lose each other's part); a delete, which the app never
-- does but a person at the database may, counts its customers again from their rows.

-- Each customer's last contact: the last follow-up done on any of their items (PortfolioPredicates#CONTACTED).
create table customer_contact (
    customer_id  bigint      primary key references customer (id) on delete cascade,
    last_contact timestamptz not null
);

-- each customer's last contact counted from the rows, which the rebuild below copies (a condition on the customer
-- reaches the items' index through the grouping)
create view customer_contact_counted as
select i.customer_id, max(f.done_at) as last_contact from item i join follow_up f on f.item_id = i.id
where i.customer_id is not null and f.done_at is not null group by i.customer_id;

-- the named customers (all of them when null) counted again; a branch for each, so that a few customers are read by
-- their index, not by a plan made for all of them
create function customer_contact_rebuild(customers bigint[]) returns void language plpgsql as $$
begin
    if customers is null then
        delete from customer_contact;
        insert into customer_contact select * from customer_contact_counted;
    elsif cardinality(customers) > 0 then
        delete from customer_contact where customer_id = any(customers);
        insert into customer_contact select * from customer_contact_counted where customer_id = any(customers);
    end if;
end $$;

create function customer_contact_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        insert into customer_contact as k (customer_id, last_contact)
        select i.customer_id, max(a.done_at) from added a join item i on i.id = a.item_id
        where i.customer_id is not null and a.done_at is not null group by i.customer_id
        on conflict (customer_id) do update set last_contact = greatest(k.last_contact, excluded.last_contact);
    elsif TG_OP = 'DELETE' then
        perform customer_contact_rebuild(array(select distinct i.customer_id from removed r join item i on i.id = r.item_id
                                               where i.customer_id is not null));
    else
        perform customer_contact_rebuild(array(select distinct i.customer_id
                                               from removed r join added a using (id) join item i on i.id in (r.item_id, a.item_id)
                                               where i.customer_id is not null
                                                 and (r.item_id, r.done_at) is distinct from (a.item_id, a.done_at)));
    end if;
    return null;
end $$;

create trigger customer_contact_insert after insert on follow_up
    referencing new table as added for each statement execute function customer_contact_changed();
create trigger customer_contact_delete after delete on follow_up
    referencing old table as removed for each statement execute function customer_contact_changed();
create trigger customer_contact_update after update on follow_up
    referencing old table as removed new table as added for each statement execute function customer_contact_changed();

-- an item linked to a customer (a sold prospect, the recompute's linking by name), moved to another or deleted
create function customer_contact_relinked() returns trigger language plpgsql as $$
begin
    if TG_OP = 'UPDATE' then
        perform customer_contact_rebuild(array_remove(array[old.customer_id, new.customer_id], null));
    else
        perform customer_contact_rebuild(array[old.customer_id]);
    end if;
    return null;
end $$;

create trigger customer_contact_item_linked after update of customer_id on item
    for each row when (old.customer_id is distinct from new.customer_id) execute function customer_contact_relinked();
create trigger customer_contact_item_deleted after delete on item
    for each row when (old.customer_id is not null) execute function customer_contact_relinked();

-- Each customer's sales by calendar month, quarter and year (PortfolioPredicates#bought): revenue, the revenue and
-- margin of the lines whose cost is known, and the products bought (their count is the products of the period).
create table customer_period_sales (
    period      text    not null check (period in ('month', 'quarter', 'year')),
    starts_on   date    not null,
    customer_id bigint  not null references customer (id) on delete cascade,
    revenue     numeric not null,
    costed      numeric not null,
    margin      numeric not null,
    products    text[]  not null,
    primary key (period, starts_on, customer_id)
);

-- each customer's sales by period counted from the lines, which the rebuild below copies
create view customer_period_sales_counted as
select p.period, cast(date_trunc(p.period, l.day) as date) as starts_on, l.customer_id, sum(l.amount) as revenue,
       coalesce(sum(l.amount) filter (where l.cost is not null), 0) as costed, coalesce(sum(l.amount - l.cost), 0) as margin,
       cast(array_agg(distinct l.product order by l.product) as text[]) as products
from sale_line l cross join (values ('month'), ('quarter'), ('year')) p(period)
group by 1, 2, 3;

create function customer_period_sales_rebuild(customers bigint[]) returns void language plpgsql as $$
begin
    if customers is null then
        delete from customer_period_sales;
        insert into customer_period_sales select * from customer_period_sales_counted;
    elsif cardinality(customers) > 0 then
        delete from customer_period_sales where customer_id = any(customers);
        insert into customer_period_sales select * from customer_period_sales_counted where customer_id = any(customers);
    end if;
end $$;

create function customer_period_sales_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        insert into customer_period_sales as k (period, starts_on, customer_id, revenue, costed, margin, products)
        select p.period, cast(date_trunc(p.period, a.day) as date), a.customer_id, sum(a.amount),
               coalesce(sum(a.amount) filter (where a.cost is not null), 0), coalesce(sum(a.amount - a.cost), 0),
               array_agg(distinct a.product order by a.product)
        from added a cross join (values ('month'), ('quarter'), ('year')) p(period)
        group by 1, 2, 3
        on conflict (period, starts_on, customer_id) do update set
            revenue = k.revenue + excluded.revenue, costed = k.costed + excluded.costed, margin = k.margin + excluded.margin,
            products = array(select distinct p from unnest(k.products || excluded.products) p order by p);
    elsif TG_OP = 'DELETE' then
        perform customer_period_sales_rebuild(array(select distinct customer_id from removed));
    else
        perform customer_period_sales_rebuild(array(select customer_id from removed union select customer_id from added));
    end if;
    return null;
end $$;

create trigger customer_period_sales_insert after insert on sale_line
    referencing new table as added for each statement execute function customer_period_sales_changed();
create trigger customer_period_sales_delete after delete on sale_line
    referencing old table as removed for each statement execute function customer_period_sales_changed();
create trigger customer_period_sales_update after update on sale_line
    referencing old table as removed new table as added for each statement execute function customer_period_sales_changed();

create function portfolio_kept_figures_cleared() returns trigger language plpgsql as $$
begin
    if TG_TABLE_NAME = 'sale_line' then
        delete from customer_period_sales;
    else
        delete from customer_contact;
    end if;
    return null;
end $$;

create trigger customer_period_sales_truncate after truncate on sale_line
    for each statement execute function portfolio_kept_figures_cleared();
create trigger customer_contact_truncate after truncate on follow_up
    for each statement execute function portfolio_kept_figures_cleared();

select customer_contact_rebuild(null);
select customer_period_sales_rebuild(null);
