-- The Administration dashboard's receivables (FigurePredicates.RECEIVABLE: the ageing table in the company's currency,
-- and beside it the invoices in other currencies or without an amount) are the area's invoices not closed. No index
-- held what those two statements read, so PostgreSQL read the whole item table for each: at 10,000,000 follow-ups
-- (1,000,000 items, 28,400 invoices not closed) 28,000 pages twice, 440 and 340 ms of one dashboard
-- (docs/benchmarks.md). This index holds exactly those invoices, with every column the two statements read, so both
-- are answered from it alone. An item enters it only as an invoice of Administration not closed: a check-off of any
-- other area never writes it.
create index item_receivable on item (currency)
    include (deadline, amount, amount_collected, owner_id)
    where area = 'ADMINISTRATION' and status <> 'CLOSED';
