-- What the source of a fed entry told before the entry existed: its closing or reopening handed over before the
-- event that enters it (after a crash the registry hands over every outstanding event at once, in parallel). Only
-- the latest (round, step) is kept; entering the entry applies it and removes the row.
create table imp_issue_early (
    source         varchar(16) not null,
    source_id      bigint      not null,
    source_round   integer     not null,
    closed         boolean     not null,
    outcome        varchar(16),
    closed_on      date,
    closed_on_time boolean,
    due_on         date,
    primary key (source, source_id),
    check (closed = (outcome is not null and closed_on is not null and closed_on_time is not null)),
    check (closed or due_on is not null)
);
