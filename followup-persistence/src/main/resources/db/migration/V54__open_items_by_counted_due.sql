-- "Still overdue" in a range (FigurePredicates.STILL_OVERDUE_IN) counts the open items whose counted due moment,
-- coalesce(counted_due_at, next_due_at), fell in it. No index had that moment: each of the figures statement's 16
-- ranges read every open item of the area from the table. At 10,000,000 follow-ups that was 45,500 open Sales items
-- on 22,000 pages, 16 times: 353,000 pages and about 3.5 s of the Sales dashboard's 4 s (docs/benchmarks.md). This
-- index gives each range its own slice, read from the index alone (the moment's two columns are included, as an
-- index-only scan needs the columns, not only the expression).
create index item_open_by_counted_due on item (area, (coalesce(counted_due_at, next_due_at)))
    include (owner_id, counted_due_at, next_due_at)
    where status = 'OPEN';

-- Who is behind counts each person's and rule's open items overdue in the range by the same moment: V40's covering
-- index lacked counted_due_at, so PostgreSQL read the open items themselves (2 s at ten times, 68 ms with it).
create index item_open_covering_with_counted_due on item (area, next_due_at)
    include (owner_id, rule_id, deadline, status, stage, currency, amount, conversion_probability, counted_due_at)
    where status = 'OPEN';
drop index item_open_covering;
alter index item_open_covering_with_counted_due rename to item_open_covering;
