-- Uploaded files (PDF, JPEG, PNG). The content lives on disk at $ONEWINDOW_HOME/files/<first 2 hex>/<sha256>, stored
-- once per content; every upload gets its own row (its own original name and time) pointing at that content.
create table pf_file (
    id            bigint generated always as identity primary key,
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type    text        not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size          bigint      not null check (size > 0),
    original_name text        not null check (char_length(original_name) between 1 and 120),
    stored_at     timestamptz not null
);

create index pf_file_sha256_idx on pf_file (sha256);
