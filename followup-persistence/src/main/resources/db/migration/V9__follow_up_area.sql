-- The dashboards count follow-ups by area and period. Joining a million follow-ups to their items to learn the area
-- cost 0.4 to 1.2 s per dashboard (docs/benchmarks.md); an item never changes area or rule, so the follow-up carries
-- both, and covering indexes let PostgreSQL count from the index alone.
alter table follow_up add column area varchar(20), add column rule_id bigint;

update follow_up f set area = i.area, rule_id = i.rule_id from item i where i.id = f.item_id;

alter table follow_up alter column area set not null, alter column rule_id set not null;

create index follow_up_area_done on follow_up (area, done_at) include (item_id, done_by, kind, channel, duration_minutes);
create index follow_up_area_due on follow_up (area, due_at) include (done_by, rule_id, on_time);
