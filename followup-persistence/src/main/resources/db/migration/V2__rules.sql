create table kpi (
    id      bigint generated always as identity primary key,
    area    varchar(20)    not null check (area in ('SALES', 'OPERATIONS', 'ADMINISTRATION')),
    name    varchar(120)   not null,
    unit    varchar(40)    not null,
    target  numeric(14, 2) not null check (target >= 0),
    period  varchar(10)    not null check (period in ('DAY', 'WEEK', 'MONTH')),
    version bigint         not null default 0,
    constraint kpi_name_unique unique (area, name)
);

-- The parts of a rule; the same columns hold the current rule and each of its past revisions.
create table follow_up_rule (
    id                   bigint generated always as identity primary key,
    area                 varchar(20)  not null check (area in ('SALES', 'OPERATIONS', 'ADMINISTRATION')),
    topic                varchar(120) not null,
    objective            varchar(300) not null,
    time_allowed_amount  int check (time_allowed_amount > 0),
    time_allowed_unit    varchar(10) check (time_allowed_unit in ('MINUTES', 'HOURS', 'DAYS', 'WEEKS', 'MONTHS')),
    time_allowed_term    varchar(20) check (time_allowed_term in ('CREDIT_TERMS', 'DUE_DATE', 'PROMISED_DATE')),
    frequency_kind       varchar(20)  not null,
    frequency_every      int,
    frequency_weekdays   varchar(80),
    frequency_month_day  int,
    working_days_only    boolean      not null,
    owner_user_id        bigint references app_user (id),
    owner_role           varchar(60),
    reported_in          varchar(200) not null,
    board_link           varchar(200),
    kpi_id               bigint       not null references kpi (id),
    escalate_after_mins  int          not null check (escalate_after_mins > 0),
    stages               text         not null default '',
    status               varchar(10)  not null check (status in ('ACTIVE', 'ARCHIVED')),
    version              bigint       not null default 0,
    constraint follow_up_rule_time_allowed check ((time_allowed_amount is null) = (time_allowed_unit is null)
        and ((time_allowed_unit is null) <> (time_allowed_term is null))),
    constraint follow_up_rule_owner check ((owner_user_id is null) <> (owner_role is null))
);

create index follow_up_rule_area on follow_up_rule (area, status);

create table follow_up_rule_revision (
    rule_id              bigint       not null references follow_up_rule (id),
    revision             bigint       not null,
    changed_by           varchar(60)  not null,
    changed_at           timestamptz  not null,
    summary              text         not null,
    area                 varchar(20)  not null,
    topic                varchar(120) not null,
    objective            varchar(300) not null,
    time_allowed_amount  int,
    time_allowed_unit    varchar(10),
    time_allowed_term    varchar(20),
    frequency_kind       varchar(20)  not null,
    frequency_every      int,
    frequency_weekdays   varchar(80),
    frequency_month_day  int,
    working_days_only    boolean      not null,
    owner_user_id        bigint,
    owner_role           varchar(60),
    reported_in          varchar(200) not null,
    board_link           varchar(200),
    kpi_id               bigint       not null,
    escalate_after_mins  int          not null,
    stages               text         not null,
    status               varchar(10)  not null,
    primary key (rule_id, revision)
);
