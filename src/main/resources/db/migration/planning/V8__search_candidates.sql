-- Search ranks its candidates without reading the items (issue 18, bench api.search.new): each item's plan, type and
-- position, and its plan's year and body, are kept beside its words, so the up to 500 candidates a common word gives are
-- filtered and ordered in plan_item_search alone, and only the 50 shown are read from plan_item for their text and
-- snippet (1 000 index lookups a search before). The triggers keep the copy exact: an item written, moved or retyped,
-- a plan's year or body changed.
alter table plan_item_search
    add column plan_id  uuid,
    add column type     text,
    add column position int,
    add column year     int,
    add column body_id  uuid;

update plan_item_search s
set plan_id = i.plan_id, type = i.type, position = i.position, year = pl.year, body_id = pl.body_id
from plan_item i join plan pl on pl.id = i.plan_id
where i.id = s.item_id;
-- the change counter's trigger waits for the commit; it must fire before the table can be altered again
set constraints all immediate;

alter table plan_item_search
    alter column plan_id set not null,
    alter column type set not null,
    alter column position set not null,
    alter column year set not null,
    alter column body_id set not null;

create or replace function plan_item_search_words() returns trigger
    language plpgsql as
$$
begin
    insert into plan_item_search (item_id, words, plan_id, type, position, year, body_id)
    select new.id, plan_item_words(new.number, new.text, new.tag, new.note), new.plan_id, new.type, new.position, pl.year, pl.body_id
    from plan pl where pl.id = new.plan_id
    on conflict (item_id) do update
        set words = excluded.words, plan_id = excluded.plan_id, type = excluded.type, position = excluded.position,
            year = excluded.year, body_id = excluded.body_id;
    return new;
end
$$;

-- an item moved or retyped: its place, not its words (a reordering updates every later item's position)
create function plan_item_search_place() returns trigger
    language plpgsql as
$$
begin
    update plan_item_search s set plan_id = new.plan_id, type = new.type, position = new.position, year = pl.year, body_id = pl.body_id
    from plan pl where pl.id = new.plan_id and s.item_id = new.id;
    return new;
end
$$;

create trigger plan_item_search_place after update of plan_id, type, position on plan_item
    for each row when (old.plan_id is distinct from new.plan_id or old.type is distinct from new.type
                       or old.position is distinct from new.position)
    execute function plan_item_search_place();

create function plan_item_search_plan() returns trigger
    language plpgsql as
$$
begin
    update plan_item_search set year = new.year, body_id = new.body_id where plan_id = new.id;
    return new;
end
$$;

create trigger plan_item_search_plan after update of year, body_id on plan
    for each row when (old.year is distinct from new.year or old.body_id is distinct from new.body_id)
    execute function plan_item_search_plan();

create index plan_item_search_plan on plan_item_search (plan_id);
