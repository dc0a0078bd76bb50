-- The day an order went out, as the person recorded it; on time is decided from it and the promised date.
-- Deliveries recorded before this keep no date and the on-time flag they were recorded with.
alter table item add column delivered_on date;
