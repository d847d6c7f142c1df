-- The call (claim) and the "who may be called now" check look for the first waiting, untargeted ticket of a lane in
-- calling order. The index of V5_1 holds every ticket of the day, so by the afternoon each call walked past all the
-- tickets already called (PostgreSQL even preferred a sequential scan for the check); this one holds only those that
-- can be called (docs/benchmarks.md).
create index q_ticket_callable_idx on q_ticket (site_id, service_day, category, lane, sort_key, id)
    where state = 'WAITING' and target_counter_id is null;
