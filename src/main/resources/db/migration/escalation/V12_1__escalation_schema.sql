-- 办不成事反映窗口: matters citizens could not get done, their owners, coordination notes and numbering.
-- No foreign keys to other modules (site, staff, queue, catalog are referenced by id only).

create table esc_number_sequence (
    site_id      bigint  not null,
    day          date    not null,
    last_number  integer not null,
    primary key (site_id, day)
);

create table esc_matter (
    id                   bigserial primary key,
    number               varchar(32)   not null,
    site_id              bigint        not null,
    registered_on        date          not null,
    registered_at        timestamptz   not null,
    registered_by        bigint,
    channel              varchar(16)   not null,
    ticket_id            bigint,
    ticket_number        varchar(16),
    citizen_name         varchar(50)   not null,
    citizen_phone        varchar(11)   not null,
    citizen_id_number    varchar(18),
    summary              varchar(200)  not null,
    details              varchar(2000),
    item_code            varchar(64),
    department_id        bigint,
    refusal              varchar(1000),
    refused_by           varchar(200),
    owner_staff_id       bigint,
    classification       varchar(24)   not null,
    due_on               date          not null,
    explanation          varchar(2000),
    state                varchar(16)   not null,
    reply_text           varchar(2000),
    reply_channel        varchar(16),
    replied_at           timestamptz,
    replied_by           bigint,
    satisfaction         varchar(24),
    solved               boolean,
    closed_at            timestamptz,
    closed_on            date,
    closed_by            bigint,
    on_time              boolean,
    version              integer       not null default 0,
    constraint esc_matter_number_unique unique (site_id, number)
);

create index esc_matter_site_day on esc_matter (site_id, registered_on);

create table esc_owner_change (
    id              bigserial primary key,
    matter_id       bigint        not null references esc_matter (id),
    from_staff_id   bigint,
    to_staff_id     bigint        not null,
    reason          varchar(500),
    changed_by      bigint        not null,
    changed_at      timestamptz   not null
);

create index esc_owner_change_matter on esc_owner_change (matter_id);

create table esc_note (
    id              bigserial primary key,
    matter_id       bigint        not null references esc_matter (id),
    department_id   bigint,
    note            varchar(2000) not null,
    staff_id        bigint        not null,
    noted_at        timestamptz   not null
);

create index esc_note_matter on esc_note (matter_id);
