-- An item's timeline keeps its details as data, one entry per part as each kind of change defines them
-- (ItemChange.Kind), instead of words such as '12 -> 34' parsed back when shown.
alter table item_change add column details text[] not null default '{}';

update item_change set details = case
    when detail = '' then '{}'
    when kind in ('STAGE_MOVED', 'REASSIGNED') and position(' -> ' in detail) > 0
        then array[split_part(detail, ' -> ', 1), substr(detail, position(' -> ' in detail) + 4)]
    when kind = 'FOLLOW_UP_DONE' and position(': ' in detail) > 0
        then array[split_part(detail, ': ', 1), substr(detail, position(': ' in detail) + 2)]
    when kind = 'CLOSED' and position(' ' in detail) > 0
        then array[split_part(detail, ' ', 1), substr(detail, position(' ' in detail) + 1)]
    when kind = 'REOPENED' then array[regexp_replace(detail, '^postponed until ', '')]
    else array[detail] end;

alter table item_change drop column detail;
