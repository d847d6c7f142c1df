-- The round of its source a fed entry last heard of (a rectification reopened by a 追评 starts round 2, …), so that
-- the events of one source applied out of order leave the entry in the latest round's state.
alter table imp_issue add column source_round integer not null default 1;
