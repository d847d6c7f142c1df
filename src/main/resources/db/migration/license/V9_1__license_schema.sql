-- 证照 / 电子证照: licences issued by concluded cases, reusable in later cases.
create table lic_license (
    id             bigint generated always as identity primary key,
    type           text        not null check (char_length(type) between 1 and 60),
    number         text        not null unique,
    holder_kind    text        not null check (holder_kind in ('PERSON', 'ORGANIZATION')),
    holder_name    text        not null check (char_length(holder_name) between 1 and 100),
    holder_id      text        not null check (holder_id ~ '^[0-9A-Z]{18}$'),
    -- the issuing department's code (site module); no foreign key across modules
    issuer         text        not null,
    valid_from     date        not null,
    valid_until    date check (valid_until is null or valid_until >= valid_from),
    -- the case that produced it (acceptance module), if any
    case_id        bigint,
    case_number    text,
    issued_at      timestamptz not null,
    state          text        not null default 'VALID' check (state in ('VALID', 'REVOKED')),
    revoked_at     timestamptz,
    revoked_reason text,
    check ((state = 'REVOKED') = (revoked_at is not null))
);

-- issuing again for the same case and type finds the first licence
create unique index lic_license_case_type_idx on lic_license (case_id, type) where case_id is not null;
create index lic_license_holder_idx on lic_license (holder_id, issued_at desc);

-- one counter per issuing department and year: "<issuer>-<year>-<6-digit sequence>", incremented atomically
create table lic_number_sequence (
    issuer     text    not null,
    year       integer not null,
    last_value bigint  not null check (last_value > 0),
    primary key (issuer, year)
);
