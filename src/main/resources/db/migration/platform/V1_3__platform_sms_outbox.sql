-- The SMS outbox (短信发件箱): every text message the system sends, written in the caller's transaction so that a
-- rolled-back business change sends nothing. Without a provider the outbox is where administrators read messages
-- (in demo mode the citizens' sign-in codes); a provider relay claims due PENDING rows with
-- "for update skip locked", counts its attempts, backs off with next_attempt_at and records the outcome.
create table pf_sms_outbox (
    id                  bigint generated always as identity primary key,
    phone               text        not null check (phone ~ '^1[3-9][0-9]{9}$'),
    text                text        not null check (char_length(text) between 1 and 500),
    purpose             text        not null check (purpose ~ '^[a-z][a-z0-9-]{0,39}$'),
    created_at          timestamptz not null,
    status              text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts            integer     not null default 0 check (attempts >= 0),
    next_attempt_at     timestamptz,
    sent_at             timestamptz,
    provider_message_id text,
    last_error          text
);

create index pf_sms_outbox_created_idx on pf_sms_outbox (created_at desc, id desc);
create index pf_sms_outbox_phone_idx on pf_sms_outbox (phone, created_at desc, id desc);
create index pf_sms_outbox_purpose_idx on pf_sms_outbox (purpose, created_at desc, id desc);
create index pf_sms_outbox_due_idx on pf_sms_outbox (next_attempt_at) where status = 'PENDING';
