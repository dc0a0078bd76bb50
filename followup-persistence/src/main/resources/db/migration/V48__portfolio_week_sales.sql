-- The portfolio dashboard's 13-week trend: each past week's customers who bought and their revenue, by the segment of
-- today, kept by the nightly recompute (which is when segments change), so that the dashboard reads these rows rather
-- than group a quarter's sale lines by week and customer (160,000 lines at 20,000 customers, docs/benchmarks.md).
-- Four rows a kept week, zeros included (A, B, C, and '-' for customers not scored yet), so that a kept week is told
-- from one never kept; the week in progress is not kept (its sales still come in) and is read from the sale lines.
-- Sale lines added to a past week (an import) drop that week's rows: it is read from the lines until the next recompute.
create table portfolio_week_sales (
    week      date    not null,
    segment   text    not null check (segment in ('A', 'B', 'C', '-')),
    customers integer not null,
    revenue   numeric not null,
    primary key (week, segment)
);
