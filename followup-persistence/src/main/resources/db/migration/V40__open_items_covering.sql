-- Who is behind (open items per person and rule) and the Sales pipeline (open items per stage and currency) read
-- every open item of an area. item_open_in_area (V13) left out the status their counts name and the pipeline's
-- columns, so PostgreSQL read the items themselves: at a million items, 45,500 open Sales items on 22,000 pages,
-- 0.75 s for each statement (docs/benchmarks.md). This one covers both, and what item_open_in_area covered.
create index item_open_covering on item (area, next_due_at)
    include (owner_id, rule_id, deadline, status, stage, currency, amount, conversion_probability)
    where status = 'OPEN';
drop index item_open_in_area;

-- Sales' sold and lost count prospects only (V35's portfolio_purpose): the closed items' covering index carries it,
-- so that each range's closed items are still counted from the index alone.
create index item_closed_covering on item (area, closed_at)
    include (owner_id, outcome, amount, currency, delivered_complete, delivered_correct, delivered_on_time,
             collected_amount, collected_currency, portfolio_purpose)
    where status = 'CLOSED';
drop index item_closed_in_area;
