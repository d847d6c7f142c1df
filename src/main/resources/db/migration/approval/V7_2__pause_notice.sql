-- A supplement's pause names the front desk's 补正 notice (acc_notice.id, no foreign key across modules), so the
-- CaseSupplemented event ends exactly that pause, whatever the clocks of the nodes that handled the two requests.
alter table apr_pause add column notice_id bigint;
