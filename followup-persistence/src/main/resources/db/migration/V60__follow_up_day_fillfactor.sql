-- Every check-off adds to two rows of follow_up_day (V10's trigger): its person's day of the contact (today) and the
-- day the follow-up fell due (for an overdue one an older day), changing only counts, which no index holds.
-- PostgreSQL updates such a row in place (HOT, no new entry in the primary key) only if its page has room; filled to
-- the brim, most pages had none (2,452 of 29,320 updates in place at ten times, docs/benchmarks.md). A quarter of
-- each page is now left free. This changes no row and takes an instant's lock; it applies to pages written from now
-- on. Pages already full stay so until the table is rewritten (vacuum full, which locks the table while it runs, or
-- pg_repack, which does not): optional, for the operator to choose (docs/benchmarks.md).
alter table follow_up_day set (fillfactor = 75);
