-- A file uploaded for import, kept with what it held until its rows are imported (ImportBatch)
create table import_batch (
    id            bigint generated always as identity primary key,
    kind          varchar(40)  not null,
    file_name     varchar(255) not null,
    sha256        bytea        not null,
    content       bytea        not null,
    uploaded_by   bigint       not null references app_user (id),
    uploaded_at   timestamptz  not null,
    status        varchar(20)  not null check (status in ('PREVIEWED', 'IMPORTED', 'ALREADY_IMPORTED')),
    total_rows    int          not null default 0,
    valid_rows    int          not null default 0,
    failed_rows   int          not null default 0,
    imported_rows int          not null default 0,
    skipped_rows  int          not null default 0,
    imported_at   timestamptz,
    earlier_batch_id bigint    references import_batch (id)
);
create index import_batch_by_person on import_batch (uploaded_by, kind, id desc);
-- finds the import of the same file: the same content imported again adds nothing
create index import_batch_by_content on import_batch (kind, sha256) where status = 'IMPORTED';

-- each wrong row with its cells as read, for the failed-rows download
create table import_failed_row (
    batch_id   bigint not null references import_batch (id) on delete cascade,
    row_number int    not null,
    cells      text[] not null,
    primary key (batch_id, row_number)
);

-- what is wrong with a row: the column and a message key with its arguments, worded in the reader's language
create table import_row_problem (
    batch_id    bigint      not null,
    row_number  int         not null,
    position    int         not null,
    column_key  varchar(40) not null,
    message_key varchar(80) not null,
    args        text[]      not null default '{}',
    primary key (batch_id, row_number, position),
    foreign key (batch_id, row_number) references import_failed_row (batch_id, row_number) on delete cascade
);

-- a row imported once per kind, whatever file brings it again (a hash of its cells)
create table import_row_key (
    kind     varchar(40) not null,
    row_key  bytea       not null,
    batch_id bigint      not null references import_batch (id),
    primary key (kind, row_key)
);
