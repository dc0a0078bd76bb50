-- Limits the domain enforces, kept by the columns too. NOT VALID: rows stored before the limits stay readable,
-- every new or changed row is checked.
alter table follow_up add constraint follow_up_note_length check (char_length(note) <= 2000) not valid,
    add constraint follow_up_result_length check (char_length(result) <= 500) not valid,
    add constraint follow_up_duration_bounded check (duration_minutes <= 600) not valid;
alter table item add constraint item_outcome_reason_length check (char_length(outcome_reason) <= 1000) not valid,
    add constraint item_credit_days_bounded check (credit_days between 0 and 3650) not valid;
alter table follow_up_rule add constraint follow_up_rule_stages_length check (char_length(stages) <= 1300) not valid;

-- KPI names are unique in their area whatever their case, as the form says.
alter table kpi drop constraint kpi_name_unique;
create unique index kpi_name_unique on kpi (area, lower(name));

-- An item form sent twice at once opens one item: the second request finds the first's request id.
create table item_opening (
    request_id uuid primary key,
    item_id    bigint references item (id)
);
