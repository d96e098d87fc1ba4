-- A new year's partition of plan_item_search (V9) is attached without locking the plan items: the foreign key to
-- plan_item made ATTACH PARTITION take a SHARE ROW EXCLUSIVE lock on plan_item for its copy of the key, so the first
-- plan of a new year waited for every transaction writing items — and bench/'s generator, which copies plans and items
-- on separate connections at once, waited on itself for good. The key's one duty, taking an item's words along when the
-- item is removed, is now a trigger's.
do
$$
declare
    key text;
begin
    -- its name was chosen by PostgreSQL in V9, beside the old table's key of the same name
    select conname into strict key from pg_constraint
    where conrelid = 'plan_item_search'::regclass and contype = 'f' and conparentid = 0;
    execute format('alter table plan_item_search drop constraint %I', key);
end
$$;

create function plan_item_search_removed() returns trigger
    language plpgsql as
$$
begin
    delete from plan_item_search where item_id = old.id;
    return old;
end
$$;

create trigger plan_item_search_removed after delete on plan_item
    for each row execute function plan_item_search_removed();
