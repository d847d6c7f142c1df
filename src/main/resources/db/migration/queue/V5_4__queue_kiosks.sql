-- Kiosks (自助机): hall devices paired by a site administrator. A new kiosk gets a one-time pairing code (stored as its
-- SHA-256, with an expiry); pairing exchanges it for a long random device key, of which only the SHA-256 is kept.
-- Every issue and check-in looks the key up here, so a revocation is refused at once on every node.
create table q_kiosk (
    id                  bigserial primary key,
    site_id             bigint       not null,
    name                varchar(40)  not null,
    device_key_hash     varchar(64),
    pairing_code_hash   varchar(64),
    pairing_expires_at  timestamptz,
    paired_at           timestamptz,
    last_seen_at        timestamptz,
    active              boolean      not null default true,
    created_by          bigint,
    created_at          timestamptz  not null,
    revoked_by          bigint,
    revoked_at          timestamptz,
    version             int          not null default 0
);
create unique index q_kiosk_device_key_idx on q_kiosk (device_key_hash) where device_key_hash is not null;
create unique index q_kiosk_pairing_code_idx on q_kiosk (pairing_code_hash) where pairing_code_hash is not null;
create index q_kiosk_site_idx on q_kiosk (site_id);
