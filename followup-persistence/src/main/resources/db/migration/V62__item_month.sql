-- The months each item was worked in (docs/benchmarks.md, "The Sales dashboard at ten times on a month's last day"):
-- an area's distinct prospects of a range cannot be added up from days, so the figures statement grouped the range's
-- follow-ups by item and read each item by key: for a whole month at ten times, 226,791 follow-ups and 36,652 item
-- reads, about 400 ms. A row holds one item's follow-ups done in one month of the company's zone (contacts and first
-- contacts) and what the statement reads of the item (whether it is a prospect, when it was sold, its first follow-up
-- done), so that a range of whole months counts its rows instead. Kept exact in the transaction that writes them:
-- the counts by follow_up_day_add, in the statement that keeps the days (V10, V61), the item's part by a trigger on
-- the item; rebuilt with the days (zone changes, the generator).
create table item_month (
    area           varchar(20) not null,
    month          date        not null, -- its first day
    item_id        bigint      not null,
    contacts       int         not null,
    first_contacts int         not null,
    prospect       boolean     not null, -- FigurePredicates.PROSPECT: portfolio_purpose is null
    sold_at        timestamptz,          -- closed_at of an item whose outcome is SOLD
    first_done_at  timestamptz,          -- the item's first follow-up done (V55)
    primary key (area, month, item_id)
) with (fillfactor = 80); -- a check-off adds to its row in place (HOT) when the page has room
create index item_month_by_item on item_month (item_id);

-- counted again from the follow-ups and their items
create function item_month_rebuild() returns void language plpgsql as $$
begin
    delete from item_month;
    insert into item_month (area, month, item_id, contacts, first_contacts, prospect, sold_at, first_done_at)
    select f.area, f.month, f.item_id, f.contacts, f.first_contacts, i.portfolio_purpose is null,
           case when i.outcome = 'SOLD' then i.closed_at end, i.first_done_at
    from (select c.area, date_trunc('month', c.done_at at time zone z.zone)::date as month, c.item_id,
                 count(*) as contacts, count(*) filter (where c.kind = 'FIRST_CONTACT') as first_contacts
          from follow_up c cross join company_zone z
          where c.done_at is not null
          group by 1, 2, 3) f
    join item i on i.id = f.item_id
    order by f.area, f.month, f.item_id;
end $$;

select item_month_rebuild();

-- V61's function, and the items' months: each item written is locked for share first (in the order of their keys),
-- so that a change of the item in another transaction is either seen here or sees the row written here
create or replace function follow_up_day_add(changes follow_up[], direction int) returns void language plpgsql as $$
begin
    perform 1 from item where id in (select c.item_id from unnest(changes) c) order by id for share;
    insert into item_month as m (area, month, item_id, contacts, first_contacts, prospect, sold_at, first_done_at)
    select c.area, date_trunc('month', c.done_at at time zone z.zone)::date, c.item_id, direction * count(*),
           direction * count(*) filter (where c.kind = 'FIRST_CONTACT'), bool_and(i.portfolio_purpose is null),
           max(case when i.outcome = 'SOLD' then i.closed_at end), max(i.first_done_at)
    from unnest(changes) c cross join company_zone z join item i on i.id = c.item_id
    where c.done_at is not null
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (area, month, item_id) do update set
        contacts = m.contacts + excluded.contacts, first_contacts = m.first_contacts + excluded.first_contacts;
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

-- V10's function: a follow-up moved to another item is counted again too (its days do not change, its months do)
create or replace function follow_up_day_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform follow_up_day_add(array(select a::follow_up from added a), 1);
    elsif TG_OP = 'DELETE' then
        perform follow_up_day_add(array(select r::follow_up from removed r), -1);
    else
        -- a correction changes the note and the result only: nothing to count again
        create temporary table if not exists follow_up_day_moved (id bigint) on commit drop;
        insert into follow_up_day_moved select r.id from removed r join added a using (id)
            where (r.area, r.rule_id, r.done_by, r.done_at, r.due_at, r.kind, r.channel, r.duration_minutes, r.on_time,
                   r.item_id)
                  is distinct from (a.area, a.rule_id, a.done_by, a.done_at, a.due_at, a.kind, a.channel,
                                    a.duration_minutes, a.on_time, a.item_id);
        perform follow_up_day_add(array(select r::follow_up from removed r join follow_up_day_moved using (id)), -1);
        perform follow_up_day_add(array(select a::follow_up from added a join follow_up_day_moved using (id)), 1);
        truncate follow_up_day_moved;
    end if;
    return null;
end $$;

-- V61's rebuild and clearing, with the items' months
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
    perform item_month_rebuild();
end $$;

create or replace function follow_up_day_cleared() returns trigger language plpgsql as $$
begin
    delete from follow_up_day;
    delete from follow_up_area_day;
    delete from item_month;
    return null;
end $$;

-- the item's part of its months, as the item now reads
create function item_month_item_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'DELETE' then
        delete from item_month where item_id = old.id;
    else
        update item_month set prospect = new.portfolio_purpose is null,
                              sold_at = case when new.outcome = 'SOLD' then new.closed_at end,
                              first_done_at = new.first_done_at
        where item_id = new.id;
    end if;
    return null;
end $$;

create trigger item_month_item_update after update of portfolio_purpose, outcome, closed_at, first_done_at on item
    for each row
    when ((old.portfolio_purpose, old.outcome, old.closed_at, old.first_done_at)
          is distinct from (new.portfolio_purpose, new.outcome, new.closed_at, new.first_done_at))
    execute function item_month_item_changed();
create trigger item_month_item_delete after delete on item
    for each row execute function item_month_item_changed();
