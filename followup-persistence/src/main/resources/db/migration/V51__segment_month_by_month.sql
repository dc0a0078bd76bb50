-- The movement between segments reads one kept month of every customer (JdbcPortfolioDashboards#moves): after three
-- years the table holds 36 months of each customer, and its key starts with the customer, so the month is found
-- here instead of by reading every month of everyone.
create index customer_segment_month_by_month on customer_segment_month (month, customer_id) include (segment);
