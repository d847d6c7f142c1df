-- Every call updates two tickets, and an update that is not HOT adds an entry to every index whose predicate the new
-- row meets (docs/benchmarks.md):
-- q_ticket_callable_idx (V5_3) has exactly the definition of q_ticket_waiting_idx (V5_1): one is enough;
drop index if exists q_ticket_callable_idx;
-- the end-of-day closing looks only for tickets still open, so finished, voided and closed tickets need no entry.
drop index if exists q_ticket_day_idx;
create index q_ticket_open_day_idx on q_ticket (service_day) where state in ('WAITING', 'CALLED');
