-- KPIs computed from the app's own data name their metric; the others are entered per period by their owner.
alter table kpi add column metric varchar(40);

-- a person's own target for a KPI; everyone else has the KPI's
create table kpi_person_target (
    kpi_id  bigint         not null references kpi (id),
    user_id bigint         not null references app_user (id),
    target  numeric(14, 2) not null check (target >= 0),
    primary key (kpi_id, user_id)
);

-- values of entered KPIs, one per KPI, person (0 for the whole area) and period
create table kpi_entry (
    kpi_id       bigint         not null references kpi (id),
    user_id      bigint         not null default 0,
    period_start date           not null,
    value        numeric(16, 2) not null check (value >= 0),
    entered_by   bigint         not null references app_user (id),
    entered_at   timestamptz    not null,
    primary key (kpi_id, user_id, period_start)
);
