create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(60)  not null,
    display_name  varchar(120) not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null check (role in ('DIRECTOR', 'MANAGER', 'STAFF')),
    active        boolean      not null default true,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    constraint app_user_username_unique unique (username)
);

create table app_user_area (
    user_id bigint      not null references app_user (id),
    area    varchar(20) not null check (area in ('SALES', 'OPERATIONS', 'ADMINISTRATION')),
    primary key (user_id, area)
);

-- failed sign-ins per user name or address, shared by every instance of the app
create table sign_in_failure (
    throttle_key     varchar(200) primary key,
    failures         int          not null,
    first_failure_at timestamptz  not null,
    locked_until     timestamptz
);
