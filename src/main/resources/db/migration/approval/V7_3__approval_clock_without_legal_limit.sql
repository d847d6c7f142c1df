-- A case without a statutory time limit (legal_days 0, 无法定时限) has no legal date: its clock runs on the promised
-- date only. Earlier clocks of such cases carried the day of acceptance as their legal date.
alter table apr_clock alter column legal_on drop not null;
alter table apr_clock alter column due_legal_on drop not null;
update apr_clock set legal_on = null, due_legal_on = null where legal_days = 0;
alter table apr_clock add constraint apr_clock_legal_date_check
    check ((legal_days = 0) = (legal_on is null) and (legal_days = 0) = (due_legal_on is null));
