-- The Sales funnel follows the items a rule started in the period: without this index it read every item of the
-- rule (14 ms at 100,000 items, docs/benchmarks.md).
create index item_started_by_rule on item (rule_id, started_at);
