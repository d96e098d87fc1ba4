-- How many statements have changed org_unit: every page shows the home region's bodies in its navigation, and
-- finding them walks the unit tree (16 ms at nationwide scale), so the product keeps them while this number stays
-- the same (Organisation.unitsStamp). One row, bumped by a statement trigger in the changing transaction, so the
-- new number is seen exactly when the change is; a stamp of the rows themselves (count and sum of xmin) would read
-- every unit on every page.
create table org_unit_changes (
    single  boolean primary key default true check (single),
    changes bigint  not null
);
insert into org_unit_changes (changes) values (0);

create function org_unit_changed() returns trigger language plpgsql as $$
begin
    update org_unit_changes set changes = changes + 1;
    return null;
end $$;

create trigger org_unit_changes after insert or update or delete or truncate on org_unit
    for each statement execute function org_unit_changed();
