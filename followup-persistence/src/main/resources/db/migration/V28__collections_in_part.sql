-- Collections in part are on the invoice's history; the dashboards add up those of a period.
create index item_change_collected_in_part on item_change (changed_at) include (item_id, details)
    where kind = 'COLLECTED_IN_PART';
