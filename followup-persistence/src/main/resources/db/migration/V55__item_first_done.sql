-- A prospect is new in a range when nobody contacted it before the range (the Sales dashboard's new and existing
-- prospects). The figures statement asked that of the history, one probe of follow_up_by_item a prospect: at
-- 10,000,000 follow-ups a month's 3,700 prospects took about 40 % of the statement (docs/benchmarks.md). Each item
-- now keeps the moment of its first follow-up done, read with the item the statement reads anyway. Kept exact by
-- triggers in the transaction that writes the follow-ups, as V10's days and V49's contacts are; a delete or a moved
-- follow-up, which the app never does but a person at the database may, counts its items again from their rows.
alter table item add column first_done_at timestamptz;

-- the named items (all of them when null) counted again from their follow-ups
create function item_first_done_rebuild(items bigint[]) returns void language plpgsql as $$
begin
    if items is null then
        update item i set first_done_at = f.first_done_at
        from (select item_id, min(done_at) as first_done_at from follow_up group by item_id) f
        where f.item_id = i.id and i.first_done_at is distinct from f.first_done_at;
    elsif cardinality(items) > 0 then
        update item i set first_done_at = (select min(done_at) from follow_up f where f.item_id = i.id)
        where i.id = any(items);
    end if;
end $$;

create function item_first_done_changed() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        -- only an item's first follow-up (or one done before it) writes the item
        update item i set first_done_at = a.first_done_at
        from (select item_id, min(done_at) as first_done_at from added group by item_id) a
        where i.id = a.item_id and (i.first_done_at is null or i.first_done_at > a.first_done_at);
    elsif TG_OP = 'DELETE' then
        perform item_first_done_rebuild(array(select distinct item_id from removed));
    else
        perform item_first_done_rebuild(array(select distinct i from removed r join added a using (id),
                                                   unnest(array[r.item_id, a.item_id]) i
                                               where (r.item_id, r.done_at) is distinct from (a.item_id, a.done_at)));
    end if;
    return null;
end $$;

create function item_first_done_cleared() returns trigger language plpgsql as $$
begin
    update item set first_done_at = null where first_done_at is not null;
    return null;
end $$;

create trigger item_first_done_insert after insert on follow_up
    referencing new table as added for each statement execute function item_first_done_changed();
create trigger item_first_done_delete after delete on follow_up
    referencing old table as removed for each statement execute function item_first_done_changed();
create trigger item_first_done_update after update on follow_up
    referencing old table as removed new table as added for each statement execute function item_first_done_changed();
create trigger item_first_done_truncate after truncate on follow_up
    for each statement execute function item_first_done_cleared();

select item_first_done_rebuild(null);
