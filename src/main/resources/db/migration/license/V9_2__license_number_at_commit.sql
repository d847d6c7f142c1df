-- A licence's number is assigned just before its issuing transaction commits (the department's counter row is then
-- locked only for the commit): the licence is inserted with its number pending (null) and numbered in the same
-- transaction. Assigned numbers stay unique (the unique constraint admits several nulls), and no licence may commit
-- without its number: a deferred constraint trigger checks, at commit, every licence inserted pending.
alter table lic_license alter column number drop not null;

create function lic_license_number_assigned() returns trigger language plpgsql as $$
begin
    if exists (select 1 from lic_license where id = new.id and number is null) then
        raise exception 'licence % would commit without its number', new.id using errcode = 'not_null_violation';
    end if;
    return null;
end
$$;

create constraint trigger lic_license_numbered_at_commit
    after insert or update of number on lic_license
    deferrable initially deferred
    for each row when (new.number is null)
    execute function lic_license_number_assigned();
