-- The audit trail (操作日志): every state-changing API call, login and logout.
create table pf_audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    staff_id    bigint,
    username    text,
    site_id     bigint,
    site_name   text,
    method      text        not null,
    path        text        not null,
    action      text        not null,
    target      text,
    status      integer     not null,
    remote_addr text
);

create index pf_audit_log_at_idx on pf_audit_log (at desc);
create index pf_audit_log_username_idx on pf_audit_log (username, at desc);
