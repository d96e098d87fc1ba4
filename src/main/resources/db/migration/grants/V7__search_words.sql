-- A grant's searchable words kept beside it (issue 18, bench api.search.new), as planning keeps its items' (planning V7):
-- with V4's expression indexes every search computed the words again, to check each match and twice more to rank it
-- (the decision's and the project's), and on a small register the planner read every project and computed the words of
-- all its att-clauses, 0.27 ms a search that found no grant. In a table of their own, so that the decision rows and their
-- history carry no search column. Triggers keep it exact: a decision inserted, or its reference, recipient, support
-- type, municipality or decision text changed, and a project written or removed, write the decision's words again; a
-- removed decision takes them along.

-- the one place a grant's searchable words are defined: the decision's and its project's, Swedish stemming
create function grant_words(p_decision uuid) returns tsvector
    language sql stable parallel safe as
$$
    select to_tsvector('swedish', d.reference || ' ' || d.recipient || ' ' || d.printed_type || ' ' || coalesce(d.municipality, '')
                                  || ' ' || coalesce(d.outcome_text, ''))
           || coalesce((select to_tsvector('swedish', p.title || ' ' || grant_clauses_text(p.clauses))
                        from grant_project p where p.decision_id = d.id), '')
    from grant_decision d where d.id = p_decision
$$;

create table grant_search (
    decision_id uuid primary key references grant_decision (id) on delete cascade,
    words       tsvector not null
);

create function grant_search_write(p_decision uuid) returns void
    language sql as
$$
    insert into grant_search (decision_id, words)
    select d.id, grant_words(d.id) from grant_decision d where d.id = p_decision
    on conflict (decision_id) do update set words = excluded.words
$$;

create function grant_search_decision() returns trigger
    language plpgsql as
$$
begin
    perform grant_search_write(new.id);
    return new;
end
$$;

create function grant_search_project() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform grant_search_write(old.decision_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.decision_id <> old.decision_id) then
        perform grant_search_write(new.decision_id);
    end if;
    return null;
end
$$;

create trigger grant_search_insert after insert on grant_decision
    for each row execute function grant_search_decision();
create trigger grant_search_update after update of reference, recipient, printed_type, municipality, outcome_text on grant_decision
    for each row execute function grant_search_decision();
create trigger grant_search_project after insert or delete or update of decision_id, title, clauses on grant_project
    for each row execute function grant_search_project();

insert into grant_search (decision_id, words)
select id, grant_words(id) from grant_decision;

-- fastupdate off: a query never scans a pending list of recent inserts
create index grant_search_words on grant_search using gin (words) with (fastupdate = off);

drop index grant_decision_search;
drop index grant_project_search;

select change_counter_attach('grants', 'grant_search');
