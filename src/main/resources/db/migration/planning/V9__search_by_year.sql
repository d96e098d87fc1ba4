-- Search takes its candidates from the newest years first (issue 18, bench api.search.new): a word in every twelfth
-- item of the country matched 11 700 items at SCALE=0.02, and the GIN index built a bitmap of all of them before the
-- first row (2.3–2.5 ms of a search, growing with every year of plans). The items' words are now kept in one partition
-- per plan year, each with its own GIN index: the search asks the newest year first and stops as soon as it has its 500
-- candidates, so a common word costs the bitmap of one year, not of all. A year's partition is made when the first
-- plan of that year is (the trigger on plan below, also under COPY with triggers off: bench/, a restore).
alter table plan_item_search rename to plan_item_search_v8;
alter index plan_item_search_pkey rename to plan_item_search_v8_pkey;
alter index plan_item_search_words rename to plan_item_search_v8_words;
alter index plan_item_search_plan rename to plan_item_search_v8_plan;

create table plan_item_search (
    item_id  uuid     not null references plan_item (id) on delete cascade,
    words    tsvector not null,
    plan_id  uuid     not null,
    type     text     not null,
    position int      not null,
    year     int      not null,
    body_id  uuid     not null,
    primary key (item_id, year)
) partition by range (year);

-- fastupdate off: a query never scans a pending list of recent inserts
create index plan_item_search_words on plan_item_search using gin (words) with (fastupdate = off);
create index plan_item_search_item on plan_item_search (item_id);
create index plan_item_search_plan on plan_item_search (plan_id);
select change_counter_attach('planning', 'plan_item_search');

-- The partition of one year, made if missing: created apart and attached (which locks the searches out of nothing,
-- unlike CREATE TABLE … PARTITION OF), one transaction at a time (two first plans of a new year at once).
create function plan_item_search_partition(p_year int) returns void
    language plpgsql as
$$
declare
    partition text := 'plan_item_search_y' || p_year;
begin
    if to_regclass(partition) is not null then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtext('plan_item_search_partition'), p_year);
    if to_regclass(partition) is not null then
        return;
    end if;
    execute format('create table %I (like plan_item_search including all)', partition);
    execute format('alter table plan_item_search attach partition %I for values from (%s) to (%s)', partition, p_year, p_year + 1);
end
$$;

-- The years that have a partition, newest first: the order in which a search asks them.
create function plan_item_search_years() returns int[]
    language sql stable as
$$
select coalesce(array_agg(substr(c.relname, length('plan_item_search_y') + 1)::int order by c.relname desc), '{}')
from pg_inherits i join pg_class c on c.oid = i.inhrelid
where i.inhparent = 'plan_item_search'::regclass
$$;

create function plan_item_search_year() returns trigger
    language plpgsql as
$$
begin
    perform plan_item_search_partition(new.year);
    return new;
end
$$;

create trigger plan_item_search_year_insert before insert on plan
    for each row execute function plan_item_search_year();
create trigger plan_item_search_year_update before update of year on plan
    for each row when (old.year is distinct from new.year) execute function plan_item_search_year();
-- also when rows are copied with triggers off (bench/'s generator, a restore from a backup): an item of a year without
-- its partition could not be written at all
alter table plan enable always trigger plan_item_search_year_insert;
alter table plan enable always trigger plan_item_search_year_update;

select plan_item_search_partition(year) from (select distinct year from plan) y;

insert into plan_item_search (item_id, words, plan_id, type, position, year, body_id)
select item_id, words, plan_id, type, position, year, body_id from plan_item_search_v8;

-- the change counter's trigger waits for the commit; it must fire before a table of the transaction is dropped
set constraints all immediate;
drop table plan_item_search_v8;

-- an item's words and place, written: a new item's inserted; a changed item's updated (there is no unique item_id to
-- resolve a conflict on), or inserted when it had none
create or replace function plan_item_search_words() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' then
        update plan_item_search s
        set words = plan_item_words(new.number, new.text, new.tag, new.note), plan_id = new.plan_id, type = new.type,
            position = new.position, year = pl.year, body_id = pl.body_id
        from plan pl where pl.id = new.plan_id and s.item_id = new.id;
    end if;
    if tg_op = 'INSERT' or not found then
        insert into plan_item_search (item_id, words, plan_id, type, position, year, body_id)
        select new.id, plan_item_words(new.number, new.text, new.tag, new.note), new.plan_id, new.type, new.position, pl.year, pl.body_id
        from plan pl where pl.id = new.plan_id;
    end if;
    return new;
end
$$;
