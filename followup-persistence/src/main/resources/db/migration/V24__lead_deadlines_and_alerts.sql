-- A source may have a deadline of its own instead of its tier's (null: the tier's).
alter table lead_source add column allowed_minutes int check (allowed_minutes between 1 and 100000);

-- Directors may have a lead nobody answered in twice its deadline move on to the next seller by itself.
alter table business_hours add column auto_reassign boolean not null default false;

-- Each alert about a lead is decided once, whatever instance gets there first: arrival (to the owner), halfway
-- (a reminder to the owner), breached (to the Sales managers), handed over (reassigned after twice the deadline).
create table lead_alert (
    lead_id    bigint      not null references lead (id),
    kind       varchar(12) not null check (kind in ('ARRIVED', 'HALFWAY', 'BREACHED', 'HANDED_OVER')),
    decided_at timestamptz not null,
    primary key (lead_id, kind)
);

-- the alert job reads unanswered leads by when they arrived
create index lead_unanswered_by_arrival on lead (arrived_at) where status = 'NEW';
-- the daily digest lists the leads whose deadline passed unanswered the day before
create index lead_by_deadline on lead (respond_by);
