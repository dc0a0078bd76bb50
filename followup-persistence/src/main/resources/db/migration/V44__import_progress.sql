-- how far the confirmation of an import has come: written in a transaction of its own after each chunk, so that any
-- instance can show it while the import's own transaction is still running. No foreign key to import_batch: its check
-- would wait for the batch's row, which the import's transaction has updated and holds until it ends.
create table import_progress (
    batch_id   bigint      primary key,
    done_rows  int         not null,
    updated_at timestamptz not null
);
