-- The handbook (受理事典): one working draft and numbered, immutable published versions. Items, situations, bundles,
-- synonyms and hall services are stored per version as JSON documents, with the columns queries need beside them.
create table cat_version (
    id           bigint generated always as identity primary key,
    number       integer unique,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    published_by text,
    note         text,
    check ((status = 'DRAFT') = (number is null))
);
create unique index cat_version_one_draft on cat_version (status) where status = 'DRAFT';

create table cat_item (
    version_id bigint not null references cat_version (id) on delete cascade,
    code       text   not null,
    department text   not null,
    volume     text   not null,
    name       text   not null,
    doc        jsonb  not null,
    primary key (version_id, code)
);
create index cat_item_department_idx on cat_item (version_id, department);

create table cat_situation (
    version_id bigint  not null references cat_version (id) on delete cascade,
    code       text    not null,
    item_code  text    not null,
    name       text    not null,
    position   integer not null,
    doc        jsonb   not null,
    primary key (version_id, code)
);
create index cat_situation_item_idx on cat_situation (version_id, item_code);

create table cat_bundle (
    version_id bigint not null references cat_version (id) on delete cascade,
    code       text   not null,
    name       text   not null,
    doc        jsonb  not null,
    primary key (version_id, code)
);

create table cat_synonym (
    version_id bigint  not null references cat_version (id) on delete cascade,
    position   integer not null,
    term       text    not null,
    doc        jsonb   not null,
    primary key (version_id, position)
);

create table cat_hall_service (
    version_id bigint not null references cat_version (id) on delete cascade,
    code       text   not null,
    name       text   not null,
    doc        jsonb  not null,
    primary key (version_id, code)
);
