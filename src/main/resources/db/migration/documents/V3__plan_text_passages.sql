-- Search that answers in time (issue 18, bench api.search): a hit's snippet was cut from its whole section, and
-- ts_headline parses all of it — the 13 sections that hold "kompetensförsörjning" are 37 kB, 3.5 ms a search, and a
-- section of a nationwide instance's prose can be far longer. Each section's passages (its paragraphs, headings and
-- bullets, one a line) are kept beside it with their words, so the snippet is cut from the passage that matches best.
create table plan_text_passage (
    plan_key text not null,
    position int  not null,
    part     int  not null,
    text     text not null,
    words    tsvector generated always as (to_tsvector('swedish'::regconfig, text)) stored,
    primary key (plan_key, position, part),
    foreign key (plan_key, position) references plan_text_section (plan_key, position) on delete cascade
);

-- the one place a section is cut into passages: a line each (PlanTexts joins a section's blocks with line breaks)
create function plan_text_passages() returns trigger
    language plpgsql as
$$
begin
    delete from plan_text_passage where plan_key = new.plan_key and position = new.position;
    insert into plan_text_passage (plan_key, position, part, text)
    select new.plan_key, new.position, p.n, p.t
    from regexp_split_to_table(new.text, '\n') with ordinality p(t, n)
    where btrim(p.t) <> '';
    return new;
end
$$;

create trigger plan_text_section_passages after insert or update of text on plan_text_section
    for each row execute function plan_text_passages();

insert into plan_text_passage (plan_key, position, part, text)
select s.plan_key, s.position, p.n, p.t
from plan_text_section s, regexp_split_to_table(s.text, '\n') with ordinality p(t, n)
where btrim(p.t) <> '';

select change_counter_attach('documents', 'plan_text_passage');
