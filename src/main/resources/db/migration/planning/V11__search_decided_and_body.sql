-- Two searches that walked every match of a year for the few they keep (issue 18; measured on bench/'s SCALE=0.25
-- dataset, 5 808 matches of a common word in each year):
-- * The portal's search sees decided plans alone. In a year whose plans are still proposals (the coming year's, all
--   of them in December) it read every match and joined it to its plan, to keep none: 14 ms of PostgreSQL's time for
--   one new question. Each item's words now carry whether its plan is decided, kept by the triggers below, and a second
--   GIN index holds the decided items' words only, so the public's bitmap of a year has only what it may find.
-- * A search filtered by body took its candidates from the year's bitmap and kept the body's few: ten years of
--   bitmaps and 58 000 rows read, 75 ms. The body's items are now found by an index of their own.
alter table plan_item_search add column decided boolean not null default false;

update plan_item_search s set decided = true from plan pl where pl.id = s.plan_id and pl.status = 'DECIDED';
-- the change counter's deferred triggers fire here, before the indexes are built
set constraints all immediate;

create index plan_item_search_decided_words on plan_item_search using gin (words) with (fastupdate = off) where decided;
create index plan_item_search_body on plan_item_search (body_id);

create or replace function plan_item_search_words() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' then
        update plan_item_search s
        set words = plan_item_words(new.number, new.text, new.tag, new.note), plan_id = new.plan_id, type = new.type,
            position = new.position, year = pl.year, body_id = pl.body_id, decided = pl.status = 'DECIDED'
        from plan pl where pl.id = new.plan_id and s.item_id = new.id;
    end if;
    if tg_op = 'INSERT' or not found then
        insert into plan_item_search (item_id, words, plan_id, type, position, year, body_id, decided)
        select new.id, plan_item_words(new.number, new.text, new.tag, new.note), new.plan_id, new.type, new.position, pl.year,
               pl.body_id, pl.status = 'DECIDED'
        from plan pl where pl.id = new.plan_id;
    end if;
    return new;
end
$$;

create or replace function plan_item_search_place() returns trigger
    language plpgsql as
$$
begin
    update plan_item_search s set plan_id = new.plan_id, type = new.type, position = new.position, year = pl.year,
                                  body_id = pl.body_id, decided = pl.status = 'DECIDED'
    from plan pl where pl.id = new.plan_id and s.item_id = new.id;
    return new;
end
$$;

create or replace function plan_item_search_plan() returns trigger
    language plpgsql as
$$
begin
    update plan_item_search set year = new.year, body_id = new.body_id, decided = new.status = 'DECIDED' where plan_id = new.id;
    return new;
end
$$;

drop trigger plan_item_search_plan on plan;
create trigger plan_item_search_plan after update of year, body_id, status on plan
    for each row when (old.year is distinct from new.year or old.body_id is distinct from new.body_id
                       or old.status is distinct from new.status)
    execute function plan_item_search_plan();
