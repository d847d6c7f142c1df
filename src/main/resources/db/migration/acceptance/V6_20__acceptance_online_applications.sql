-- 网上申请: a citizen's own applications are found by the phone they signed in with.
create index acc_case_online_phone_idx on acc_case (applicant_phone, opened_at desc)
    where channel = 'ONLINE';
