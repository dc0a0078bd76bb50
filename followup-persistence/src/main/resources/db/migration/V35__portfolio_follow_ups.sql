-- The rules the portfolio follows its customers under: one per segment, kept in step with the service matrix, and one
-- for lapsed customers. Created by the app the first time follow-ups are generated.
create table portfolio_rule (
    purpose varchar(10) primary key check (purpose in ('SEGMENT_A', 'SEGMENT_B', 'SEGMENT_C', 'LAPSE')),
    rule_id bigint      not null unique references follow_up_rule (id)
);

-- A generated item says what it is for; a lapse item also says which last order the customer lapsed after.
alter table item add column portfolio_purpose varchar(10) check (portfolio_purpose in ('SERVICE', 'LAPSE')),
                 add column lapsed_after_order date,
                 add constraint item_lapse_order check ((portfolio_purpose = 'LAPSE') = (lapsed_after_order is not null));

-- one open service item per customer, however many instances generate at once
create unique index item_one_open_service on item (customer_id) where portfolio_purpose = 'SERVICE' and status <> 'CLOSED';
-- one lapse item per lapse: not again every night while the customer stays lapsed
create unique index item_once_per_lapse on item (customer_id, lapsed_after_order) where portfolio_purpose = 'LAPSE';
