-- how far the confirmation of an import has come: written in a transaction of its own after each chunk, so that any
-- instance can show it while the import's own transaction (which holds the batch's row) is still running
create table import_progress (
    batch_id   bigint      primary key references import_batch (id) on delete cascade,
    done_rows  int         not null,
    updated_at timestamptz not null
);
