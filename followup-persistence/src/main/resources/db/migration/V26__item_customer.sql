-- the customer an item belongs to: a prospect sold becomes or is linked to a customer
alter table item add column customer_id bigint references customer (id) on delete set null;
create index item_by_customer on item (customer_id) where customer_id is not null;
