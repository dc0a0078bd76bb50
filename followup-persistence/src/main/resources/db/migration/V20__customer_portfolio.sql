-- The customer after the sale: customers, what they bought, the cost of serving them and their scores.
create table customer_type (
    name varchar(60) primary key
);
insert into customer_type (name) values ('Industry'), ('Retail'), ('Services'), ('Public sector');

create table customer (
    id                     bigint generated always as identity primary key,
    name                   varchar(200)  not null,
    tax_id                 varchar(20),
    type                   varchar(60)   not null references customer_type (name) on update cascade,
    region                 varchar(60),
    owner_id               bigint        not null references app_user (id),
    channel                varchar(20)   not null check (channel in ('VISIT', 'CALL', 'EMAIL', 'SELF_SERVICE')),
    potential_per_year     numeric(14, 2) check (potential_per_year >= 0),
    health_override        smallint check (health_override between 0 and 100),
    health_override_reason varchar(500),
    health_override_until  date,
    health_override_by     bigint references app_user (id),
    created_at             timestamptz   not null default now(),
    version                bigint        not null default 0
);
create unique index customer_by_name on customer (lower(name));
create index customer_by_owner on customer (owner_id);

-- what happened to a customer, newest last: overrides, segment moves, edits
create table customer_change (
    id          bigint generated always as identity primary key,
    customer_id bigint       not null references customer (id) on delete cascade,
    at          timestamptz  not null,
    by_user_id  bigint references app_user (id),
    kind        varchar(30)  not null,
    details     text[]       not null default '{}'
);
create index customer_change_by_customer on customer_change (customer_id, at);

create table sale_line (
    id          bigint generated always as identity primary key,
    customer_id bigint         not null references customer (id) on delete cascade,
    day         date           not null,
    product     varchar(120)   not null,
    family      varchar(60)    not null,
    quantity    numeric(15, 3) not null check (quantity >= 0),
    amount      numeric(14, 2) not null check (amount >= 0),
    currency    char(3)        not null,
    cost        numeric(14, 2) check (cost >= 0)
);
create index sale_line_by_customer on sale_line (customer_id, day) include (amount, cost, family);

-- what serving one order through each channel costs, entered by directors
create table channel_cost (
    channel        varchar(20)    primary key check (channel in ('VISIT', 'CALL', 'EMAIL', 'SELF_SERVICE')),
    cost_per_order numeric(14, 2) not null check (cost_per_order >= 0)
);
insert into channel_cost (channel, cost_per_order) values ('VISIT', 900), ('CALL', 150), ('EMAIL', 40), ('SELF_SERVICE', 10);

-- the ABC thresholds and basis directors choose (one row)
create table portfolio_settings (
    id      smallint    primary key check (id = 1),
    a_share smallint    not null,
    b_share smallint    not null,
    basis   varchar(10) not null check (basis in ('REVENUE', 'MARGIN')),
    version bigint      not null default 0,
    check (a_share >= 1 and b_share >= 0 and a_share + b_share <= 100)
);
insert into portfolio_settings (id, a_share, b_share, basis) values (1, 80, 15, 'REVENUE');

-- today's scores of each customer, replaced by every recompute
create table customer_score (
    customer_id          bigint         primary key references customer (id) on delete cascade,
    computed_on          date           not null,
    segment              char(1)        not null check (segment in ('A', 'B', 'C')),
    least_profitable     boolean        not null,
    margin_after_service numeric(16, 2),
    recency              smallint,
    frequency            smallint,
    money                smallint,
    rfm_group            varchar(20),
    potential            smallint,
    health               smallint       not null,
    health_band          varchar(5)     not null,
    lapsed               boolean        not null,
    churned              boolean        not null,
    revenue_12m          numeric(16, 2) not null,
    factors              text           not null
);

-- each month's segment of each customer, kept so that movement between segments can be shown
create table customer_segment_month (
    customer_id bigint         not null references customer (id) on delete cascade,
    month       date           not null,
    segment     char(1)        not null check (segment in ('A', 'B', 'C')),
    rfm_group   varchar(20),
    health      smallint       not null,
    revenue_12m numeric(16, 2) not null,
    primary key (customer_id, month)
);
