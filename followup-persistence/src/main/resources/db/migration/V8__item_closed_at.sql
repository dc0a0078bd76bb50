-- When an item got its outcome, so that "sold this month" and "delivered this week" read one indexed column.
alter table item add column closed_at timestamptz;

update item i set closed_at = (select max(c.changed_at) from item_change c where c.item_id = i.id and c.kind = 'CLOSED')
where i.status = 'CLOSED';

alter table item add constraint item_closed_when check ((status = 'CLOSED') = (closed_at is not null));

create index item_closed_by_area on item (area, closed_at) where status = 'CLOSED';
