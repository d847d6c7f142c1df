-- One active booking per person per site, category and day (QA: one ID number booked 09:00 and 09:30 of the same
-- day). The slot's category and day are copied onto the booking so that a unique partial index can hold the rule
-- across nodes; the service also takes a transaction-scoped advisory lock on the same key before it checks, so a
-- refused booking can name the existing one.
alter table q_appointment add column category text;
alter table q_appointment add column day date;

update q_appointment a set category = s.category, day = s.day
from q_appointment_slot s
where s.id = a.slot_id;

alter table q_appointment alter column category set not null;
alter table q_appointment alter column day set not null;

-- Bookings made before this rule: of several active bookings of one person on one day and category only the
-- earliest slot stays booked; the others are cancelled and their places released (bookings are at most 14 days
-- ahead, so this touches only the few duplicates the QA pass found).
with ranked as (
    select a.id, a.slot_id,
           row_number() over (partition by a.site_id, a.category, a.day, a.id_number
                              order by s.start_time, a.created_at, a.id) as n
    from q_appointment a join q_appointment_slot s on s.id = a.slot_id
    where a.state = 'BOOKED'
), cancelled as (
    update q_appointment a set state = 'CANCELLED', updated_at = now()
    from ranked r
    where r.id = a.id and r.n > 1
    returning a.slot_id
)
update q_appointment_slot s set booked = greatest(0, s.booked - c.places)
from (select slot_id, count(*) as places from cancelled group by slot_id) c
where s.id = c.slot_id;

create unique index q_appointment_person_day_idx on q_appointment (site_id, category, day, id_number)
    where state = 'BOOKED';
