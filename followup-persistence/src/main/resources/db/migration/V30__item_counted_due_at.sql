-- A follow-up rescheduled after it fell due is still counted against the moment it fell due (Item.reschedule).
alter table item add column counted_due_at timestamptz;
