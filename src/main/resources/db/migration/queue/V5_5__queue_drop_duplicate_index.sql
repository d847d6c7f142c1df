-- q_ticket_callable_idx (V5_3) has exactly the definition of q_ticket_waiting_idx (V5_1): every issued, called and
-- finished ticket updated both. One is enough (docs/benchmarks.md).
drop index if exists q_ticket_callable_idx;
