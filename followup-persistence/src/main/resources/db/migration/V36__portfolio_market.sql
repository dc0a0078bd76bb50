-- the size of each segment's market in a year, as directors enter it (null: not entered), for the market share
create table portfolio_market (
    id      smallint       primary key check (id = 1),
    a_size  numeric(16, 2) check (a_size > 0),
    b_size  numeric(16, 2) check (b_size > 0),
    c_size  numeric(16, 2) check (c_size > 0),
    version bigint         not null default 0
);
insert into portfolio_market (id) values (1);

-- the customers who bought in a period, read per day by the portfolio dashboard
create index sale_line_by_day on sale_line (day) include (customer_id, amount, cost, product);
