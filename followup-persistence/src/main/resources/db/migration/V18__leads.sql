-- Leads: people marketing brings in, answered by a deadline in business time, assigned by source, team or match.

-- the company's working hours, one row; a null zone is the application's zone (FOLLOWUP_COMPANY_ZONE)
create table business_hours (
    id      smallint    primary key default 1 check (id = 1),
    zone    varchar(60),
    opens   time        not null,
    closes  time        not null,
    days    varchar(80) not null,
    version bigint      not null default 0,
    check (opens < closes)
);
insert into business_hours (opens, closes, days) values ('09:00', '18:00', 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY');

-- how long each tier allows, editable by directors
create table response_tier (
    tier            varchar(4) primary key check (tier in ('HOT', 'WARM', 'COLD')),
    allowed_minutes int        not null check (allowed_minutes between 1 and 100000)
);
insert into response_tier values ('HOT', 5), ('WARM', 120), ('COLD', 1440);

create table lead_source (
    id               bigint generated always as identity primary key,
    name             varchar(120) not null,
    tier             varchar(4)   not null references response_tier (tier),
    seller_id        bigint references app_user (id),
    last_assigned_id bigint references app_user (id),
    active           boolean      not null default true,
    version          bigint       not null default 0
);
create unique index lead_source_name_unique on lead_source (lower(name));

-- the sellers of a source's team, who take turns
create table lead_source_member (
    source_id bigint not null references lead_source (id),
    user_id   bigint not null references app_user (id),
    primary key (source_id, user_id)
);

-- a seller away today, or with a cap of leads a day
create table lead_seller (
    user_id   bigint  primary key references app_user (id),
    away      boolean not null default false,
    daily_cap int check (daily_cap > 0)
);

create table lead (
    id                  bigint generated always as identity primary key,
    request_id          uuid         not null,
    name                varchar(120) not null,
    email               varchar(200),
    email_key           varchar(200),
    phone               varchar(40),
    phone_key           varchar(20),
    job_title           varchar(120),
    company             varchar(200),
    message             text check (char_length(message) <= 2000),
    consent             boolean      not null,
    source_id           bigint       not null references lead_source (id),
    arrived_at          timestamptz  not null,
    halfway_at          timestamptz  not null,
    respond_by          timestamptz  not null,
    matched_kind        varchar(8) check (matched_kind in ('LEAD', 'PROSPECT')),
    matched_id          bigint,
    matched_owner_id    bigint references app_user (id),
    owner_id            bigint       not null references app_user (id),
    status              varchar(12)  not null
        check (status in ('NEW', 'ATTEMPTING', 'CONNECTED', 'QUALIFIED', 'DISQUALIFIED')),
    disqualify_reason   varchar(12)
        check (disqualify_reason in ('WRONG_FIT', 'NO_BUDGET', 'DUPLICATE', 'UNREACHABLE', 'COMPETITOR', 'OTHER')),
    first_touch_at      timestamptz,
    connected_at        timestamptz,
    qualified_item_id   bigint references item (id),
    version             bigint       not null default 0,
    -- a lead sent twice (double click, a retrying tool) is stored once
    constraint lead_request_once unique (request_id),
    constraint lead_reason_when_disqualified check ((status = 'DISQUALIFIED') = (disqualify_reason is not null))
);

-- the inbox: one person's open leads by deadline, and everyone's
create index lead_open_by_owner on lead (owner_id, respond_by) where status in ('NEW', 'ATTEMPTING', 'CONNECTED');
create index lead_open_by_deadline on lead (respond_by) where status in ('NEW', 'ATTEMPTING', 'CONNECTED');
create index lead_by_email on lead (email_key) where email_key is not null;
create index lead_by_phone on lead (phone_key) where phone_key is not null;
create index lead_by_owner_arrival on lead (owner_id, arrived_at);

create table lead_event (
    id         bigint generated always as identity primary key,
    lead_id    bigint      not null references lead (id),
    kind       varchar(20) not null,
    changed_by bigint references app_user (id),
    changed_at timestamptz not null,
    details    text[]      not null default '{}'
);
create index lead_event_by_lead on lead_event (lead_id, id);

create table lead_touch (
    id         bigint generated always as identity primary key,
    lead_id    bigint      not null references lead (id),
    request_id uuid        not null,
    channel    varchar(10) not null check (channel in ('CALL', 'EMAIL', 'WHATSAPP', 'VISIT')),
    reached    boolean     not null,
    note       text check (char_length(note) <= 2000),
    touched_by bigint      not null references app_user (id),
    touched_at timestamptz not null,
    constraint lead_touch_request_once unique (request_id)
);
create index lead_touch_by_lead on lead_touch (lead_id, touched_at);

create table lead_meeting (
    id         bigint generated always as identity primary key,
    lead_id    bigint       not null references lead (id),
    request_id uuid         not null,
    meeting_at timestamptz  not null,
    with_whom  varchar(200) not null,
    status     varchar(10)  not null check (status in ('BOOKED', 'HELD', 'CANCELLED')),
    booked_by  bigint       not null references app_user (id),
    booked_at  timestamptz  not null,
    constraint lead_meeting_request_once unique (request_id)
);
create index lead_meeting_by_lead on lead_meeting (lead_id, meeting_at);

-- marketing people sign in too: they see every lead and the shared numbers, and work no Sales item
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('DIRECTOR', 'MANAGER', 'STAFF', 'MARKETING'));
