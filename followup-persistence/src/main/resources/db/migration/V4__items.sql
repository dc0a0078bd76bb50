-- Items followed under a rule, their follow-ups and their timeline.
create table item (
    id                     bigint generated always as identity primary key,
    rule_id                bigint        not null references follow_up_rule (id),
    rule_revision          bigint        not null,
    area                   varchar(20)   not null check (area in ('SALES', 'OPERATIONS', 'ADMINISTRATION')),
    title                  varchar(200)  not null,
    counterpart_name       varchar(200)  not null,
    contact_name           varchar(120),
    contact_email          varchar(200),
    contact_phone          varchar(40),
    owner_id               bigint        not null references app_user (id),
    amount                 numeric(16, 2),
    currency               char(3),
    started_at             timestamptz   not null,
    deadline               timestamptz,
    status                 varchar(10)   not null check (status in ('OPEN', 'POSTPONED', 'CLOSED')),
    next_due_at            timestamptz,
    last_interaction_at    timestamptz,
    escalated_at           timestamptz,
    stage                  varchar(60),
    relationship_start     varchar(120),
    rating                 smallint check (rating between 1 and 5),
    conversion_probability smallint check (conversion_probability between 0 and 100),
    promised_date          date,
    delivered              text,
    linked_invoice_item_id bigint references item (id),
    invoice_number         varchar(60),
    credit_days            int,
    due_date               date,
    amount_collected       numeric(16, 2),
    advance_required       boolean       not null default false,
    advance_received       boolean       not null default false,
    amount_collected_currency char(3),
    follow_ups_done        int           not null default 0,
    outcome                varchar(20),
    outcome_until          date,
    outcome_reason         text,
    delivered_complete     boolean,
    delivered_correct      boolean,
    delivered_on_time      boolean,
    overridden_by          varchar(60),
    collected_amount       numeric(16, 2),
    collected_currency     char(3),
    collected_in_full      boolean,
    version                bigint        not null default 0,
    constraint item_due_while_open check ((status = 'CLOSED') = (next_due_at is null)),
    constraint item_amount_currency check ((amount is null) = (currency is null))
);

-- "what is due" for one person: a range scan on the open items only, whatever the history size
create index item_due_by_owner on item (owner_id, next_due_at) where status <> 'CLOSED';
create index item_by_area on item (area, status, deadline);
create index item_by_rule on item (rule_id);

create table follow_up (
    id               bigint generated always as identity primary key,
    item_id          bigint       not null references item (id),
    request_id       uuid         not null,
    due_at           timestamptz  not null,
    done_at          timestamptz  not null,
    recorded_at      timestamptz  not null,
    done_by          bigint       not null references app_user (id),
    channel          varchar(10)  not null check (channel in ('CALL', 'EMAIL', 'MEETING', 'VISIT', 'MESSAGE')),
    duration_minutes int check (duration_minutes > 0),
    note             text,
    result           text         not null,
    kind             varchar(15)  not null check (kind in ('FIRST_CONTACT', 'FOLLOW_UP')),
    on_time          boolean      not null,
    revision         int          not null default 1,
    -- a check-off sent twice (double click, retry) is recorded once
    constraint follow_up_request_once unique (request_id)
);

create index follow_up_by_item on follow_up (item_id, done_at);
create index follow_up_by_person on follow_up (done_by, due_at);

-- what a recorded follow-up said before each correction, so the numbers cannot be quietly improved
create table follow_up_edit (
    request_id      uuid        not null references follow_up (request_id),
    revision        int         not null,
    previous_note   text,
    previous_result text        not null,
    edited_by       bigint      not null references app_user (id),
    edited_at       timestamptz not null,
    primary key (request_id, revision)
);

create table item_change (
    id         bigint generated always as identity primary key,
    item_id    bigint       not null references item (id),
    kind       varchar(20)  not null,
    changed_by bigint references app_user (id),
    changed_at timestamptz  not null,
    detail     text         not null default ''
);

create index item_change_by_item on item_change (item_id, changed_at);
