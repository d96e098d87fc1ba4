-- Search that answers in time at nationwide scale (issue 18, bench api.search): the expression index of V6 made every
-- match's words be computed again, once to check the match and once more to rank it — 13 µs an item, for hundreds of
-- items a query. Each item's words are now kept beside it, computed when the item is written, in a table of their own
-- so that the item rows (read by every plan page) and their history carry no search column. The trigger keeps it
-- exact: an item inserted or its text, number, tag or note changed writes its words; a removed item takes them along.
drop index plan_item_search;
create table plan_item_search (
    item_id uuid primary key references plan_item (id) on delete cascade,
    words   tsvector not null
);

-- the one place an item's searchable words are defined: its number, text, tag and note, Swedish stemming
create function plan_item_words(p_number text, p_text text, p_tag text, p_note text) returns tsvector
    language sql immutable parallel safe as
$$ select to_tsvector('swedish'::regconfig, coalesce(p_number, '') || ' ' || p_text || ' ' || coalesce(p_tag, '') || ' ' || coalesce(p_note, '')) $$;

create function plan_item_search_words() returns trigger
    language plpgsql as
$$
begin
    insert into plan_item_search (item_id, words)
    values (new.id, plan_item_words(new.number, new.text, new.tag, new.note))
    on conflict (item_id) do update set words = excluded.words;
    return new;
end
$$;

create trigger plan_item_search_insert after insert on plan_item
    for each row execute function plan_item_search_words();
create trigger plan_item_search_update after update of number, text, tag, note on plan_item
    for each row execute function plan_item_search_words();

insert into plan_item_search (item_id, words)
select id, plan_item_words(number, text, tag, note) from plan_item;

-- fastupdate off: a query never scans a pending list of recent inserts (which grows with every new year's plans)
create index plan_item_search_words on plan_item_search using gin (words) with (fastupdate = off);

select change_counter_attach('planning', 'plan_item_search');
