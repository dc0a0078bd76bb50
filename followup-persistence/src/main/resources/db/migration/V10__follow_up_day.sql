-- The dashboards' counts per day, kept by PostgreSQL on every write of a follow-up, so that a 13-week trend reads
-- about a hundred rows per day of the area instead of every follow-up of those weeks (docs/benchmarks.md).
-- A row holds, for one person and rule on one day of the company's zone, what they did that day (by done_at)
-- and how the follow-ups that fell due that day were done (by due_at).
create table company_zone (
    only_row boolean primary key default true check (only_row),
    zone     text    not null
);
-- the app writes its configured zone on start and rebuilds the days when it changed
insert into company_zone (zone) values ('UTC');

create table follow_up_day (
    area           varchar(20) not null,
    day            date        not null,
    person_id      bigint      not null,
    rule_id        bigint      not null,
    contacts       int         not null,
    first_contacts int         not null,
    meetings       int         not null,
    calls          int         not null,
    emails         int         not null,
    timed_calls    int         not null,
    call_minutes   bigint      not null,
    due_on_time    int         not null,
    due_late       int         not null,
    primary key (area, day, person_id, rule_id)
);

-- adds follow-ups to their days (direction 1), or takes them away (-1); plpgsql keeps its plan
create function follow_up_day_add(changes follow_up[], direction int) returns void language plpgsql as $$
begin
    insert into follow_up_day as d (area, day, person_id, rule_id, contacts, first_contacts, meetings, calls, emails,
                                    timed_calls, call_minutes, due_on_time, due_late)
    select area, day, person_id, rule_id, direction * sum(contacts), direction * sum(first_contacts), direction * sum(meetings),
           direction * sum(calls), direction * sum(emails), direction * sum(timed_calls), direction * sum(call_minutes),
           direction * sum(due_on_time), direction * sum(due_late)
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
    group by area, day, person_id, rule_id
    on conflict (area, day, person_id, rule_id) do update set
        contacts = d.contacts + excluded.contacts, first_contacts = d.first_contacts + excluded.first_contacts,
        meetings = d.meetings + excluded.meetings, calls = d.calls + excluded.calls, emails = d.emails + excluded.emails,
        timed_calls = d.timed_calls + excluded.timed_calls, call_minutes = d.call_minutes + excluded.call_minutes,
        due_on_time = d.due_on_time + excluded.due_on_time, due_late = d.due_late + excluded.due_late;
end $$;

-- a trigger's transition tables are visible to its own function only, so it hands their rows over as arrays
create function follow_up_day_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform follow_up_day_add(array(select a::follow_up from added a), 1);
    elsif TG_OP = 'DELETE' then
        perform follow_up_day_add(array(select r::follow_up from removed r), -1);
    else
        -- a correction changes the note and the result only: nothing to count again
        create temporary table if not exists follow_up_day_moved (id bigint) on commit drop;
        insert into follow_up_day_moved select r.id from removed r join added a using (id)
            where (r.area, r.rule_id, r.done_by, r.done_at, r.due_at, r.kind, r.channel, r.duration_minutes, r.on_time)
                  is distinct from (a.area, a.rule_id, a.done_by, a.done_at, a.due_at, a.kind, a.channel, a.duration_minutes, a.on_time);
        perform follow_up_day_add(array(select r::follow_up from removed r join follow_up_day_moved using (id)), -1);
        perform follow_up_day_add(array(select a::follow_up from added a join follow_up_day_moved using (id)), 1);
        truncate follow_up_day_moved;
    end if;
    return null;
end $$;

create function follow_up_day_cleared() returns trigger language plpgsql as $$
begin
    delete from follow_up_day;
    return null;
end $$;

create trigger follow_up_day_insert after insert on follow_up
    referencing new table as added for each statement execute function follow_up_day_changed();
create trigger follow_up_day_delete after delete on follow_up
    referencing old table as removed for each statement execute function follow_up_day_changed();
create trigger follow_up_day_update after update on follow_up
    referencing old table as removed new table as added for each statement execute function follow_up_day_changed();
create trigger follow_up_day_truncate after truncate on follow_up
    for each statement execute function follow_up_day_cleared();

-- every day again from the follow-ups, in the zone now configured (after a change of zone, or a bulk load with the
-- triggers off), a month of follow-ups at a time: a month's days are mostly its own, so few rows are met twice
create function follow_up_day_rebuild() returns void language plpgsql as $$
declare
    month timestamptz;
begin
    delete from follow_up_day;
    for month in select generate_series(date_trunc('month', min(done_at)), max(done_at), interval '1 month') from follow_up loop
        perform follow_up_day_add(array(select f from follow_up f
                                        where f.done_at >= month and f.done_at < month + interval '1 month'), 1);
    end loop;
end $$;

select follow_up_day_rebuild();
