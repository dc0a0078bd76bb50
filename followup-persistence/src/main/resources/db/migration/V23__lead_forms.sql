-- Website forms that post leads straight to Followup at /intake/<secret>: only the secret's SHA-256 is kept.
create table lead_form (
    id            bigint generated always as identity primary key,
    name          varchar(120) not null,
    source_id     bigint       not null references lead_source (id),
    thank_you_url varchar(500) not null,
    token_hash    char(64)     not null,
    created_by    bigint       not null references app_user (id),
    created_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    constraint lead_form_hash_unique unique (token_hash)
);
