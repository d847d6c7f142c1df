-- An item without a statutory time limit (legal_days 0, 无法定时限) gives its case no legal date: earlier acceptances
-- wrote the day of acceptance there.
update acc_case set legal_date = null where legal_days = 0 and legal_date is not null;
