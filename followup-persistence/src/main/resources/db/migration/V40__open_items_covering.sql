-- Who is behind (open items per person and rule) and the Sales pipeline (open items per stage and currency) read
-- every open item of an area. item_open_in_area (V13) left out the status their counts name and the pipeline's
-- columns, so PostgreSQL read the items themselves: at a million items, 45,500 open Sales items on 22,000 pages,
-- 0.75 s for each statement (docs/benchmarks.md). This one covers both, and what item_open_in_area covered.
create index item_open_covering on item (area, next_due_at)
    include (owner_id, rule_id, deadline, status, stage, currency, amount, conversion_probability)
    where status = 'OPEN';
drop index item_open_in_area;
