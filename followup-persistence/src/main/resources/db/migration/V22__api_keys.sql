-- Keys that marketing tools send to create leads: only their SHA-256 is kept.
create table api_key (
    id           bigint generated always as identity primary key,
    name         varchar(120) not null,
    key_hash     char(64)     not null,
    created_by   bigint       not null references app_user (id),
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint api_key_hash_unique unique (key_hash)
);
