-- 好差评: services to rate, ratings (one per service, one 追评), counter pads, rectifications of 差评.

create table ev_service (
    id            bigserial primary key,
    kind          varchar(8)   not null check (kind in ('TICKET', 'CASE')),
    ticket_id     bigint,
    case_id       bigint,
    site_id       bigint       not null,
    counter_id    bigint,
    staff_id      bigint,
    department_id bigint,
    description   varchar(200) not null,
    token         varchar(64)  not null unique,
    finished_at   timestamptz  not null,
    unique (kind, ticket_id),
    unique (kind, case_id)
);
create index ev_service_counter on ev_service (counter_id, finished_at desc);

-- card ratings (卡片评) have no service and no personal data: there are no name, phone or ID columns at all
create table ev_rating (
    id                bigserial primary key,
    service_id        bigint unique references ev_service (id),
    site_id           bigint       not null,
    counter_id        bigint,
    staff_id          bigint,
    department_id     bigint,
    channel           varchar(16)  not null check (channel in ('COUNTER_PAD', 'QR_CODE', 'CARD', 'ONLINE')),
    level             varchar(24)  not null,
    reasons           text[]       not null default '{}',
    comment           varchar(500),
    rated_at          timestamptz  not null,
    entered_by        bigint,
    annulled          boolean      not null default false,
    follow_up_level   varchar(24),
    follow_up_comment varchar(500),
    followed_up_at    timestamptz
);
create index ev_rating_site_month on ev_rating (site_id, rated_at);

create table ev_pad (
    id          bigserial primary key,
    counter_id  bigint      not null unique,
    site_id     bigint      not null,
    secret_hash varchar(64) not null,
    paired_by   bigint      not null,
    paired_at   timestamptz not null
);

create table ev_rectification (
    id               bigserial primary key,
    rating_id        bigint       not null unique references ev_rating (id),
    site_id          bigint       not null,
    department_id    bigint,
    staff_id         bigint,
    service          varchar(200) not null,
    reason           varchar(700) not null,
    status           varchar(12)  not null check (status in ('OPEN', 'CLOSED')),
    opened_on        date         not null,
    opened_at        timestamptz  not null,
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
    appeal_text      varchar(1000),
    appeal_by        bigint,
    appeal_at        timestamptz,
    appeal_decision  varchar(12) check (appeal_decision in ('APPROVED', 'DECLINED')),
    decision_text    varchar(1000),
    decided_by       bigint,
    decided_at       timestamptz,
    closed_at        timestamptz,
    on_time          boolean,
    annulled         boolean      not null default false,
    version          integer      not null default 0
);
create index ev_rectification_site on ev_rectification (site_id, status);
