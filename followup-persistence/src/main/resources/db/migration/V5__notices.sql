-- Reminders, escalation and the calendar feed: what reaches people without opening the app.

-- ShedLock: a scheduled job runs on one instance at a time
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

create table notice_settings (
    user_id        bigint primary key references app_user (id),
    email          varchar(200),
    digest_enabled boolean     not null default false,
    digest_at      time        not null default '08:00',
    language       varchar(5)  not null default 'en' check (language in ('en', 'es')),
    version        bigint      not null default 0
);

-- Every message decided, once: the dedup key says what it is about ("digest:7:2026-11-22"), so deciding again,
-- on this instance or another, or after a restart, adds nothing; sent_at says it went out.
create table outbox_message (
    id           bigint generated always as identity primary key,
    kind         varchar(30)  not null,
    recipient_id bigint       not null references app_user (id),
    to_address   varchar(200),
    subject      varchar(300) not null,
    body         text         not null,
    dedup_key    varchar(200) not null,
    created_at   timestamptz  not null,
    sent_at      timestamptz,
    sent_via     varchar(10) check (sent_via in ('SMTP', 'OUTBOX')),
    attempts     int          not null default 0,
    last_error   text,
    constraint outbox_message_once unique (dedup_key)
);

create index outbox_message_unsent on outbox_message (id) where sent_at is null;
create index outbox_message_recent on outbox_message (created_at desc);

create table notification (
    id         bigint generated always as identity primary key,
    user_id    bigint       not null references app_user (id),
    kind       varchar(30)  not null,
    item_id    bigint references item (id),
    item_title varchar(200),
    detail     varchar(300),
    dedup_key  varchar(200) not null,
    created_at timestamptz  not null,
    read_at    timestamptz,
    constraint notification_once unique (dedup_key)
);

create index notification_unread on notification (user_id) where read_at is null;
create index notification_recent on notification (user_id, created_at desc);

-- a person's private calendar address: only a hash of its token is kept, so a database copy cannot read feeds
create table calendar_feed (
    user_id    bigint primary key references app_user (id),
    token_hash char(64)    not null unique,
    renewed_at timestamptz not null
);

-- the escalation job reads open items by how long ago they fell due; the fast-rule job by when they started
create index item_open_by_due on item (next_due_at) where status = 'OPEN';
create index item_open_by_start on item (started_at) where status = 'OPEN';
