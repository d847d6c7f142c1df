-- Rate limits (限流) of the anonymous endpoints, shared by every node: one row per bucket, key (a client address,
-- a phone number, a case number …) and fixed time window, counted with one atomic
-- "insert … on conflict do update … where hits < limit returning hits" per request. The counters are disposable:
-- the table is UNLOGGED (no write-ahead log, so a counting request never waits for a disk flush; after a crash of
-- PostgreSQL the table is empty again, which only gives every key a fresh window) and ended windows are deleted by
-- a scheduled job on any node (decision 0006).
create unlogged table pf_rate_limit (
    bucket       text        not null check (bucket ~ '^[a-z][a-z0-9-]{0,62}$'),
    key          text        not null check (char_length(key) between 1 and 200),
    window_start timestamptz not null,
    expires_at   timestamptz not null check (expires_at > window_start),
    hits         integer     not null check (hits >= 0),
    primary key (bucket, key, window_start)
) with (fillfactor = 70);

create index pf_rate_limit_expires_idx on pf_rate_limit (expires_at);
