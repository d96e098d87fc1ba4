-- The words of the searchable texts, for "Menade du …?" when a search finds nothing: the nearest word by trigram
-- similarity (pg_trgm). Kept apart for the public search, whose list holds only words of what the public may read,
-- so a suggestion never reveals a word of a draft. SearchWords writes the list anew when the texts have changed.
create extension if not exists pg_trgm;
create table search_word (
    public boolean not null,
    word   text    not null,
    primary key (public, word)
);
create index search_word_trigram on search_word using gin (word gin_trgm_ops);
select change_counter_attach('search', 'search_word');
