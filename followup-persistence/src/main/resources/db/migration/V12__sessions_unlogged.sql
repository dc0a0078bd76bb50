-- Every request writes its session's last access time. Unlogged tables write no WAL, so those commits do not wait
-- for a disk flush (2 ms a request, docs/benchmarks.md). After a crash of PostgreSQL, or on a replica promoted in a
-- failover, the tables come back empty: people sign in again, and nothing else is lost.
alter table spring_session_attributes set unlogged;
alter table spring_session set unlogged;
