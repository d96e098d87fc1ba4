-- The texts' stamp (the change counters of planning, documents and grants) the word list was written from, kept with
-- the list: a restart finds the list current and does not read every plan item of a nationwide installation again.
create table search_word_stamp (
    id    boolean primary key default true check (id),
    stamp text    not null
);
select change_counter_attach('search', 'search_word_stamp');
