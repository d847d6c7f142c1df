-- 追评 after a rectification (docs/evaluation.md): a 追评 still 不满意 / 非常不满意 on a closed rectification reopens it
-- for another round with fresh deadlines; the closed round is kept in ev_rectification_round. A satisfied 追评 is
-- the 回访 result (revisit_*) of the rectification.
alter table ev_rectification
    add column round           integer     not null default 1,
    add column reopened_on     date,
    add column reopened_at     timestamptz,
    add column reopen_reason   varchar(600),
    add column earlier_on_time boolean,
    add column revisit_level   varchar(24),
    add column revisit_comment varchar(500),
    add column revisit_at      timestamptz;

create table ev_rectification_round (
    rectification_id bigint       not null references ev_rectification (id),
    round            integer      not null,
    opened_on        date         not null,
    call_back_due    date         not null,
    feedback_due     date         not null,
    call_back_text   varchar(1000),
    call_back_by     bigint,
    call_back_at     timestamptz,
    verify_text      varchar(1000),
    verify_by        bigint,
    verify_at        timestamptz,
    feedback_text    varchar(1000),
    feedback_by      bigint,
    feedback_at      timestamptz,
    closed_at        timestamptz,
    on_time          boolean,
    primary key (rectification_id, round)
);
