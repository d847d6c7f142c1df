-- 金点子 (suggestion campaigns with questionnaires) and 问题台账 (the one issue ledger).

create table imp_campaign (
    id                    bigserial primary key,
    code                  varchar(12)  not null unique,
    site_id               bigint       not null,
    name                  varchar(60)  not null,
    starts_on             date         not null,
    ends_on               date         not null,
    target_groups         varchar(100) not null,
    themes                varchar(200) not null,
    questionnaire_themes  varchar(200) not null default '',
    created_by            bigint       not null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               integer      not null default 0,
    constraint imp_campaign_period check (ends_on >= starts_on)
);
create index imp_campaign_site on imp_campaign (site_id);

create table imp_suggestion (
    id            bigserial primary key,
    campaign_id   bigint        not null references imp_campaign (id),
    site_id       bigint        not null,
    target_group  varchar(16)   not null,
    theme         varchar(16)   not null,
    content       varchar(1000) not null,
    author_name   varchar(20),
    author_phone  varchar(11),
    submitted_at  timestamptz   not null,
    status        varchar(16)   not null,
    reply         varchar(500),
    reviewed_by   bigint,
    reviewed_at   timestamptz,
    issue_id      bigint,
    version       integer       not null default 0
);
create index imp_suggestion_campaign on imp_suggestion (campaign_id, submitted_at);

create table imp_answer (
    suggestion_id bigint      not null references imp_suggestion (id),
    theme         varchar(16) not null,
    score         smallint    not null check (score between 1 and 5),
    primary key (suggestion_id, theme)
);

create table imp_issue (
    id                bigserial primary key,
    site_id           bigint        not null,
    source            varchar(16)   not null,
    source_id         bigint,
    department_id     bigint,
    title             varchar(200)  not null,
    detail            varchar(1000),
    deadline_class    varchar(16),
    opened_on         date          not null,
    due_on            date          not null,
    status            varchar(16)   not null,
    evidence          varchar(1000),
    evidence_file_id  bigint,
    outcome           varchar(16),
    closed_on         date,
    closed_on_time    boolean,
    created_by        bigint,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           integer       not null default 0,
    -- one entry per source record: feeding the same event twice finds the first entry
    constraint imp_issue_source unique (source, source_id)
);
create index imp_issue_site_status on imp_issue (site_id, status, due_on);
