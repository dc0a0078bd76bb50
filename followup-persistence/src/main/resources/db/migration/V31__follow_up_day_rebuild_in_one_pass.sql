-- The daily totals counted again in one pass over the follow-ups, grouped once, instead of a scan of the whole table
-- per month of history (there is no index on done_at alone): at ten million follow-ups the month-by-month rebuild
-- took more than ten minutes, and it runs at start whenever the company's zone changes. Same totals as V10's.
create or replace function follow_up_day_rebuild() returns void language plpgsql as $$
begin
    delete from follow_up_day;
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
end $$;
