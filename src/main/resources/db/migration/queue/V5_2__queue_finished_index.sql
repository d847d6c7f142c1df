-- The wait estimate averages the latest finished tickets of a category today; without this index it read every
-- finished ticket of the day (measured with the queue load benchmark, docs/benchmarks.md).
create index q_ticket_finished_idx on q_ticket (site_id, service_day, category, finished_at desc) where state = 'DONE';
