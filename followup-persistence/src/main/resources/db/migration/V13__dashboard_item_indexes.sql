-- The dashboards count closed items per range and open items per range and person. Covering partial indexes let
-- PostgreSQL count them from the index; closed items hardly change, so their pages stay all-visible.
create index item_closed_in_area on item (area, closed_at)
    include (owner_id, outcome, amount, currency, delivered_complete, delivered_correct, delivered_on_time,
             collected_amount, collected_currency)
    where status = 'CLOSED';
drop index item_closed_by_area;
create index item_open_in_area on item (area, next_due_at) include (owner_id, rule_id, deadline) where status = 'OPEN';
