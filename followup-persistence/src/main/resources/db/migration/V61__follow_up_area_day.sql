-- The dashboards' counts per area and day (docs/benchmarks.md, "The Sales dashboard's days per area"): an area's
-- dashboard read every person's and rule's row of each day of its ranges (about 86,000 rows for the Sales dashboard
-- at ten times) to add them up. The same statement trigger that keeps follow_up_day now keeps their sum per area and
-- day beside them, in 32 rows a day (the shard: the writing connection's, so that concurrent check-offs of one area
-- and day do not queue on one row); a reader adds up the shards. Same totals as follow_up_day's, by construction.
-- Kept in the order of the days (the backfill's and the rebuild's "order by"), so a day's shards share a page or two.
create table follow_up_area_day (
    area           varchar(20) not null,
    day            date        not null,
    shard          smallint    not null,
    contacts       int         not null,
    first_contacts int         not null,
    meetings       int         not null,
    calls          int         not null,
    emails         int         not null,
    timed_calls    int         not null,
    call_minutes   bigint      not null,
    due_on_time    int         not null,
    due_late       int         not null,
    primary key (area, day, shard)
) with (fillfactor = 75); -- every check-off updates its day's shard in place (HOT) when its page has room (V60)

insert into follow_up_area_day (area, day, shard, contacts, first_contacts, meetings, calls, emails, timed_calls,
                                call_minutes, due_on_time, due_late)
select area, day, person_id % 32, sum(contacts), sum(first_contacts), sum(meetings), sum(calls), sum(emails),
       sum(timed_calls), sum(call_minutes), sum(due_on_time), sum(due_late)
from follow_up_day
group by area, day, person_id % 32
order by area, day;

-- adds follow-ups to their days (direction 1), or takes them away (-1), per person and rule and per area; the area's
-- rows in the order of their key, so that two writers of the same shard never wait on each other in a circle
create or replace function follow_up_day_add(changes follow_up[], direction int) returns void language plpgsql as $$
begin
    with per_day as (
        select area, day, person_id, rule_id, direction * sum(contacts) as contacts,
               direction * sum(first_contacts) as first_contacts, direction * sum(meetings) as meetings,
               direction * sum(calls) as calls, direction * sum(emails) as emails,
               direction * sum(timed_calls) as timed_calls, direction * sum(call_minutes) as call_minutes,
               direction * sum(due_on_time) as due_on_time, direction * sum(due_late) as due_late
        from (select c.area, (c.done_at at time zone z.zone)::date as day, c.done_by as person_id, c.rule_id, 1 as contacts,
                     (c.kind = 'FIRST_CONTACT')::int as first_contacts, (c.channel = 'MEETING')::int as meetings,
                     (c.channel = 'CALL')::int as calls, (c.channel = 'EMAIL')::int as emails,
                     (c.channel = 'CALL' and c.duration_minutes is not null)::int as timed_calls,
                     case when c.channel = 'CALL' then coalesce(c.duration_minutes, 0) else 0 end as call_minutes,
                     0 as due_on_time, 0 as due_late
              from unnest(changes) c cross join company_zone z
              union all
              select c.area, (c.due_at at time zone z.zone)::date, c.done_by, c.rule_id, 0, 0, 0, 0, 0, 0, 0,
                     c.on_time::int, (not c.on_time)::int
              from unnest(changes) c cross join company_zone z) per_follow_up
        group by area, day, person_id, rule_id),
    people as (
        insert into follow_up_day as d (area, day, person_id, rule_id, contacts, first_contacts, meetings, calls, emails,
                                        timed_calls, call_minutes, due_on_time, due_late)
        select * from per_day
        on conflict (area, day, person_id, rule_id) do update set
            contacts = d.contacts + excluded.contacts, first_contacts = d.first_contacts + excluded.first_contacts,
            meetings = d.meetings + excluded.meetings, calls = d.calls + excluded.calls, emails = d.emails + excluded.emails,
            timed_calls = d.timed_calls + excluded.timed_calls, call_minutes = d.call_minutes + excluded.call_minutes,
            due_on_time = d.due_on_time + excluded.due_on_time, due_late = d.due_late + excluded.due_late)
    insert into follow_up_area_day as d (area, day, shard, contacts, first_contacts, meetings, calls, emails,
                                         timed_calls, call_minutes, due_on_time, due_late)
    select area, day, pg_backend_pid() % 32, sum(contacts), sum(first_contacts), sum(meetings), sum(calls), sum(emails),
           sum(timed_calls), sum(call_minutes), sum(due_on_time), sum(due_late)
    from per_day
    group by area, day
    order by area, day
    on conflict (area, day, shard) do update set
        contacts = d.contacts + excluded.contacts, first_contacts = d.first_contacts + excluded.first_contacts,
        meetings = d.meetings + excluded.meetings, calls = d.calls + excluded.calls, emails = d.emails + excluded.emails,
        timed_calls = d.timed_calls + excluded.timed_calls, call_minutes = d.call_minutes + excluded.call_minutes,
        due_on_time = d.due_on_time + excluded.due_on_time, due_late = d.due_late + excluded.due_late;
end $$;

-- counted again in one pass (V31), the areas' days from the people's
create or replace function follow_up_day_rebuild() returns void language plpgsql as $$
begin
    delete from follow_up_day;
    delete from follow_up_area_day;
    insert into follow_up_day (area, day, person_id, rule_id, contacts, first_contacts, meetings, calls, emails,
                               timed_calls, call_minutes, due_on_time, due_late)
    select area, day, person_id, rule_id, sum(contacts), sum(first_contacts), sum(meetings), sum(calls), sum(emails),
           sum(timed_calls), sum(call_minutes), sum(due_on_time), sum(due_late)
    from (select c.area, (c.done_at at time zone z.zone)::date as day, c.done_by as person_id, c.rule_id, 1 as contacts,
                 (c.kind = 'FIRST_CONTACT')::int as first_contacts, (c.channel = 'MEETING')::int as meetings,
                 (c.channel = 'CALL')::int as calls, (c.channel = 'EMAIL')::int as emails,
                 (c.channel = 'CALL' and c.duration_minutes is not null)::int as timed_calls,
                 case when c.channel = 'CALL' then coalesce(c.duration_minutes, 0) else 0 end as call_minutes,
                 0 as due_on_time, 0 as due_late
          from follow_up c cross join company_zone z
          where c.done_at is not null
          union all
          select c.area, (c.due_at at time zone z.zone)::date, c.done_by, c.rule_id, 0, 0, 0, 0, 0, 0, 0,
                 c.on_time::int, (not c.on_time)::int
          from follow_up c cross join company_zone z
          where c.done_at is not null) per_follow_up
    group by area, day, person_id, rule_id;
    insert into follow_up_area_day (area, day, shard, contacts, first_contacts, meetings, calls, emails, timed_calls,
                                    call_minutes, due_on_time, due_late)
    select area, day, person_id % 32, sum(contacts), sum(first_contacts), sum(meetings), sum(calls), sum(emails),
           sum(timed_calls), sum(call_minutes), sum(due_on_time), sum(due_late)
    from follow_up_day
    group by area, day, person_id % 32
    order by area, day;
end $$;

create or replace function follow_up_day_cleared() returns trigger language plpgsql as $$
begin
    delete from follow_up_day;
    delete from follow_up_area_day;
    return null;
end $$;
