-- Speed to lead (issue 15).
-- Each lead's first response in business seconds, counted once by the domain (ResponseTimes.firstResponse) when the
-- lead is first touched, so that the lead dashboard and the lead KPIs read a number instead of counting working
-- hours for every answered lead. The leads touched before this migration are counted by the application when it
-- starts (LeadResponseBackfill: the working hours' zone may be the application's); until then the figures count
-- those few from their times, as before. A change of working hours later counts the new leads on the new hours.
alter table lead add column first_response_seconds bigint check (first_response_seconds >= 0);

-- Intake: the open Sales item that may be the person, found by its email in lower case or by its phone's last
-- eight digits from an index rather than by reading every open Sales item for each lead that arrives.
create index item_open_sales_email on item (lower(contact_email)) where area = 'SALES' and status <> 'CLOSED';
create index item_open_sales_phone on item (right(regexp_replace(contact_phone, '[^0-9]', '', 'g'), 8))
    where area = 'SALES' and status <> 'CLOSED';
