-- A person's due work (the navigation's counts and My follow-ups' rows) as a number that changes whenever anything it
-- shows changes: their open items, those items' follow-ups, the topic of their rules, their unread notices. Each
-- instance keeps what it read last for a person and asks only this number on the next page (KeptDueWork), so a
-- list seen again is not read again; every instance and every device sees a change at once, since the number is
-- written by triggers in the transaction that makes the change. Numbers come from one sequence and are never
-- reused: a number read is the same only while nothing changed.
create sequence due_work_change;

create table due_work_version (
    person_id bigint primary key references app_user (id) on delete cascade,
    change    bigint not null
);

insert into due_work_version (person_id, change) select id, nextval('due_work_change') from app_user;

-- the named people's due work changed (null and duplicates ignored); in person order, so that two statements
-- changing the same people take their rows in the same order
create function due_work_changed(people bigint[]) returns void language sql as $$
    insert into due_work_version (person_id, change)
    select person_id, nextval('due_work_change')
    from (select distinct p as person_id from unnest(people) p where p is not null order by 1) changed
    on conflict (person_id) do update set change = excluded.change
$$;

-- a person has a number from the start, so that an instance never keeps what it read under a number not yet written
create function due_work_person_added() returns trigger language plpgsql as $$
begin
    perform due_work_changed(array(select id from added));
    return null;
end $$;

create trigger due_work_person_insert after insert on app_user
    referencing new table as added for each statement execute function due_work_person_added();

-- open items added, removed, or changed in what a row shows (a kept column written by a trigger is not shown)
create function due_work_item_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform due_work_changed(array(select owner_id from added where status = 'OPEN'));
    elsif TG_OP = 'DELETE' then
        perform due_work_changed(array(select owner_id from removed where status = 'OPEN'));
    else
        perform due_work_changed(array(
            select o from removed r join added a using (id), unnest(array[r.owner_id, a.owner_id]) o
            where (r.status = 'OPEN' or a.status = 'OPEN')
              and (r.owner_id, r.status, r.version, r.rule_id, r.title, r.counterpart_name, r.area, r.next_due_at,
                   r.last_interaction_at, r.deadline, r.contact_name, r.contact_phone, r.contact_email,
                   r.portfolio_purpose)
                  is distinct from
                  (a.owner_id, a.status, a.version, a.rule_id, a.title, a.counterpart_name, a.area, a.next_due_at,
                   a.last_interaction_at, a.deadline, a.contact_name, a.contact_phone, a.contact_email,
                   a.portfolio_purpose)));
    end if;
    return null;
end $$;

create trigger due_work_item_insert after insert on item
    referencing new table as added for each statement execute function due_work_item_changed();
create trigger due_work_item_delete after delete on item
    referencing old table as removed for each statement execute function due_work_item_changed();
create trigger due_work_item_update after update on item
    referencing old table as removed new table as added for each statement execute function due_work_item_changed();

-- a row shows its item's last follow-up
create function due_work_follow_up_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform due_work_changed(array(select i.owner_id from added f join item i on i.id = f.item_id
                                       where i.status = 'OPEN'));
    elsif TG_OP = 'DELETE' then
        perform due_work_changed(array(select i.owner_id from removed f join item i on i.id = f.item_id
                                       where i.status = 'OPEN'));
    else
        perform due_work_changed(array(select i.owner_id from (select item_id from removed union select item_id from added) f
                                       join item i on i.id = f.item_id where i.status = 'OPEN'));
    end if;
    return null;
end $$;

create trigger due_work_follow_up_insert after insert on follow_up
    referencing new table as added for each statement execute function due_work_follow_up_changed();
create trigger due_work_follow_up_delete after delete on follow_up
    referencing old table as removed for each statement execute function due_work_follow_up_changed();
create trigger due_work_follow_up_update after update on follow_up
    referencing old table as removed new table as added for each statement execute function due_work_follow_up_changed();

-- a row shows its rule's topic, or the portfolio rule's purpose in the reader's language
create function due_work_rule_topic_changed() returns trigger language plpgsql as $$
begin
    perform due_work_changed(array(select owner_id from item where rule_id = new.id and status = 'OPEN'));
    return null;
end $$;

create function due_work_portfolio_rule_changed() returns trigger language plpgsql as $$
begin
    perform due_work_changed(array(select owner_id from item where rule_id in (old.rule_id, new.rule_id)
                                                             and status = 'OPEN'));
    return null;
end $$;

create trigger due_work_rule_topic after update of topic on follow_up_rule
    for each row when (old.topic is distinct from new.topic) execute function due_work_rule_topic_changed();
create trigger due_work_portfolio_rule after insert or update or delete on portfolio_rule
    for each row execute function due_work_portfolio_rule_changed();

-- the navigation shows the unread notices
create function due_work_notification_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform due_work_changed(array(select user_id from added where read_at is null));
    elsif TG_OP = 'DELETE' then
        perform due_work_changed(array(select user_id from removed where read_at is null));
    else
        perform due_work_changed(array(select o from removed r join added a using (id), unnest(array[r.user_id, a.user_id]) o
                                       where (r.read_at is null or a.read_at is null)
                                         and (r.user_id, r.read_at) is distinct from (a.user_id, a.read_at)));
    end if;
    return null;
end $$;

create trigger due_work_notification_insert after insert on notification
    referencing new table as added for each statement execute function due_work_notification_changed();
create trigger due_work_notification_delete after delete on notification
    referencing old table as removed for each statement execute function due_work_notification_changed();
create trigger due_work_notification_update after update on notification
    referencing old table as removed new table as added for each statement execute function due_work_notification_changed();

-- emptied by hand (or by the benchmark's generator): everyone's due work changed
create function due_work_all_changed() returns trigger language plpgsql as $$
begin
    update due_work_version set change = nextval('due_work_change');
    return null;
end $$;

create trigger due_work_item_truncate after truncate on item
    for each statement execute function due_work_all_changed();
create trigger due_work_follow_up_truncate after truncate on follow_up
    for each statement execute function due_work_all_changed();
create trigger due_work_notification_truncate after truncate on notification
    for each statement execute function due_work_all_changed();
