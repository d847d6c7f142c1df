-- A step past its own due date (审批 环节超期) is reminded of with a light of its own.
alter table sf_reminder drop constraint sf_reminder_light_check;
alter table sf_reminder add constraint sf_reminder_light_check check (light in ('YELLOW', 'RED', 'STEP_OVERDUE', 'NOTICE'));
