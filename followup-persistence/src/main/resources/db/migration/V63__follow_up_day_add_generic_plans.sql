-- The days' and months' function (V62) planned once per connection instead of at every check-off
-- (docs/benchmarks.md, "V62's price on a check-off"): PostgreSQL kept a custom plan for its item lock and its
-- item_month upsert, since a generic plan's guess of ten follow-ups costs more than a plan for the one a check-off
-- brings, so both were planned again on every call, about 0.3 ms of a check-off's 0.9 ms of PostgreSQL CPU. The
-- generic plans read the items by key for any number of follow-ups, as the custom ones do for a few.
-- A later "create or replace function follow_up_day_add" must repeat the setting (GenericPlansTest).
alter function follow_up_day_add(follow_up[], int) set plan_cache_mode = force_generic_plan;
