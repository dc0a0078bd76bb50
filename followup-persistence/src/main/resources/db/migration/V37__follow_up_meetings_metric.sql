-- "Meetings held" counted follow-ups logged as meetings; leads now have meetings of their own (LEAD_MEETINGS_HELD),
-- so the follow-ups' metric gets a name that says what it counts.
update kpi set metric = 'FOLLOW_UP_MEETINGS' where metric = 'MEETINGS_HELD';
