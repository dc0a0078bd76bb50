-- Every check-off writes its item again with a new next follow-up, an indexed column, so PostgreSQL cannot update
-- the row in place (HOT): each write adds an entry to every index of the item, and at ten million follow-ups most
-- of those entries land on a page the checkpoint has not seen yet, which the WAL then copies whole.
-- item_by_rule (rule_id), from V4, is the first column of V11's item_started_by_rule (rule_id, started_at), which
-- answers everything it answered (the items of a rule, the rule's foreign key): one index entry less a check-off.
-- Dropping an index takes its table's lock for an instant, and writes nothing (docs/benchmarks.md).
drop index item_by_rule;
