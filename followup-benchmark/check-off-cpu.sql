-- PostgreSQL's CPU and WAL for the statements of one check-off, as the app sends them ("Done, next as usual"), run
-- 1,500 times over random open items in one transaction that is rolled back: nothing stays in the database.
-- docs/benchmarks.md, "Where a check-off's time goes at ten times". Needs a superuser (it reads /proc/self/stat).
--   psql -d <company> -v toggle="select 1;" -f followup-benchmark/check-off-cpu.sql
--   psql -d <company> -v toggle="alter table follow_up disable trigger item_first_done_insert;" -f ...   (the A/B)
-- Prints ms of CPU a check-off, ms of wall time, bytes of WAL.
begin;
:toggle
create temp table ids as select id from item where status = 'OPEN' order by random() limit 1500;
create temp table t0 as select split_part(pg_read_file('/proc/self/stat'), ' ', 14)::int + split_part(pg_read_file('/proc/self/stat'), ' ', 15)::int as ticks, clock_timestamp() as at, pg_current_wal_insert_lsn() as lsn,
  (select sum(blks_read) from pg_stat_database where datname = current_database()) as rd;
do $$
declare r record; it item; rq uuid; ch text; ex boolean;
begin
  for r in select id from ids loop
    select * into it from item where id = r.id;
    rq := gen_random_uuid();
    select exists (select 1 from follow_up where request_id = rq) into ex;
    select channel into ch from follow_up where item_id = r.id order by done_at desc, id desc limit 1;
    insert into follow_up (item_id, request_id, due_at, done_at, recorded_at, done_by, channel, duration_minutes, note, result, kind, on_time, revision, area, rule_id)
    select i.id, rq, now(), now(), now(), i.owner_id, coalesce(ch, 'CALL'), null, null, 'Done', 'FOLLOW_UP', true, 1, i.area, i.rule_id from item i where i.id = r.id
    on conflict (request_id) do nothing;
    update item set next_due_at = now() + interval '7 days', last_interaction_at = now(), follow_ups_done = follow_ups_done + 1,
        counted_due_at = null, escalated_at = null, version = version + 1 where id = r.id;
    insert into item_change (item_id, kind, changed_by, changed_at, details) values (r.id, 'FOLLOW_UP_DONE', it.owner_id, now(), array['CALL', 'Done']);
  end loop;
end $$;
select round((split_part(pg_read_file('/proc/self/stat'), ' ', 14)::int + split_part(pg_read_file('/proc/self/stat'), ' ', 15)::int - ticks) * 10.0 / 1500, 3) as cpu_ms,
       round(extract(epoch from clock_timestamp() - at)::numeric * 1000 / 1500, 3) as wall_ms, pg_wal_lsn_diff(pg_current_wal_insert_lsn(), lsn) / 1500 as wal_bytes from t0;
rollback;
